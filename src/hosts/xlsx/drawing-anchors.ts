/**
 * The anchors of a drawing part (ECMA-376 Part 1, 20.5.2: twoCellAnchor, oneCellAnchor,
 * absoluteAnchor), each one picture, shape, group or chart frame. Anchors do not nest, so each
 * is the text from its start tag to its end tag, whatever prefix the producer bound.
 */
import { attributes, decodeXml } from "./package-xml";

const ANCHOR = /<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";

export interface DrawingAnchor {
  xml: string;
  /** The name of the chart the anchor frames; null for anything else. */
  chartName: string | null;
}

export function drawingAnchors(drawingXml: string): DrawingAnchor[] {
  return [...drawingXml.matchAll(ANCHOR)].map(([xml]) => {
    const isChart = xml.includes(`uri="${CHART_URI}"`);
    const nonVisual = /<(?:\w+:)?cNvPr\b[^>]*>/.exec(xml);
    return { xml, chartName: isChart && nonVisual ? (attributes(nonVisual[0]).name ?? "") : null };
  });
}

/** The drawing without the anchors `drop` selects. */
export function removeAnchors(drawingXml: string, drop: (anchor: DrawingAnchor) => boolean): string {
  const dropped = new Set(drawingAnchors(drawingXml).filter(drop).map((a) => a.xml));
  return drawingXml.replace(ANCHOR, (xml) => (dropped.has(xml) ? "" : xml));
}

/** A new shape needs an id no other shape of the drawing has (ECMA-376 Part 1, cNvPr "id"). */
export function largestShapeId(drawingXml: string): number {
  const ids = [...drawingXml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*>/g)].map(([tag]) => Number(attributes(tag).id) || 0);
  return Math.max(1, ...ids);
}

/** Every attribute value of the part: a relationship no value names is no longer used. */
export function attributeValues(xml: string): Set<string> {
  return new Set([...xml.matchAll(/\s[\w:.-]+\s*=\s*"([^"]*)"/g)].map((m) => decodeXml(m[1])));
}

/** The drawing with `anchorsXml` added after its last anchor. */
export function appendAnchors(drawingXml: string, anchorsXml: string): string {
  const selfClosed = /<((?:\w+:)?wsDr)\b([^>]*?)\s*\/>/.exec(drawingXml);
  if (selfClosed) return drawingXml.replace(selfClosed[0], `<${selfClosed[1]}${selfClosed[2]}>${anchorsXml}</${selfClosed[1]}>`);
  const close = drawingXml.lastIndexOf("</");
  return `${drawingXml.slice(0, close)}${anchorsXml}${drawingXml.slice(close)}`;
}
