/**
 * DrawingML for a clustered bar or column chart (ECMA-376 Part 1, 21.2 "DrawingML - Charts" and
 * 20.5 "Spreadsheet Drawing"): exceljs 4.4 cannot write charts, so the host writes the chart
 * and drawing parts itself. Element order follows the schema's sequences, which Excel enforces.
 * Series and categories are references only: Excel and LibreOffice compute them on opening.
 */
import type { ChartSpec } from "../../layout/sheet-spec";
import { columnLetters, parseCell, parseCellRange, quoteSheetName, type CellRect } from "../../layout/excel-rules";
import { encodeXml } from "./package-xml";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const MAIN_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

function absolute(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const tl = `$${columnLetters(left)}$${top}`;
  const br = `$${columnLetters(right)}$${bottom}`;
  return `${quoteSheetName(sheet)}!${tl === br ? tl : `${tl}:${br}`}`;
}

function seriesXml(sheet: string, data: CellRect, categories: CellRect, index: number): string {
  const col = data.left + index;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${encodeXml(absolute(sheet, data.top, col, data.top, col))}</c:f></c:strRef></c:tx>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${encodeXml(absolute(sheet, categories.top, categories.left, categories.bottom, categories.right))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${encodeXml(absolute(sheet, data.top + 1, col, data.bottom, col))}</c:f></c:numRef></c:val>` +
    `</c:ser>`
  );
}

/** The chart part for `spec`, whose ranges are on `sheet`. */
export function chartPartXml(sheet: string, spec: ChartSpec): string {
  const data = parseCellRange(spec.dataRange) as CellRect;
  const categories = parseCellRange(spec.categoryRange) as CellRect;
  const horizontal = spec.kind === "barClustered";
  const series = Array.from({ length: data.right - data.left + 1 }, (_, i) => seriesXml(sheet, data, categories, i)).join("");
  // Bars grow from the left axis; columns from the bottom one.
  const [catPos, valPos] = horizontal ? ["l", "b"] : ["b", "l"];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${encodeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", col0: number, row0: number): string {
  return `<xdr:${tag}><xdr:col>${col0}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The name a chart of `spec` gets: its title, as the Office.js host names it (Excel caps chart
 * names at 255 characters), so both hosts recognise the chart a later change replaces.
 */
export function chartObjectName(spec: ChartSpec): string {
  return spec.title.slice(0, 255);
}

/**
 * One two-cell anchor holding the chart of relationship `relId`, covering from → to inclusive.
 * It declares its own namespaces: it may join a drawing another producer wrote with other prefixes.
 */
export function chartAnchorXml(spec: ChartSpec, relId: string, shapeId: number): string {
  const from = parseCell(spec.anchor.from) as { row: number; col: number };
  const to = parseCell(spec.anchor.to) as { row: number; col: number };
  // Markers are 0-based; the bottom-right corner sits at the start of the cell after `to`.
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${REL_NS}" editAs="oneCell">` +
    marker("from", from.col - 1, from.row - 1) +
    marker("to", to.col, to.row) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${encodeXml(chartObjectName(spec))}" descr="${encodeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A drawing part with no anchor yet. */
export const EMPTY_DRAWING_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${MAIN_NS}" xmlns:r="${REL_NS}"></xdr:wsDr>`;
