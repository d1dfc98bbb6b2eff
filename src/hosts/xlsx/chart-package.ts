/**
 * Adds charts to a saved package: per sheet one drawing part holding its charts, the chart
 * parts, their relationships, the sheet's <drawing> element and the content types
 * (ECMA-376 Part 2: every part is declared in [Content_Types].xml and reached by a relationship).
 */
import type JSZip from "jszip";
import type { ChartSpec } from "../../layout/sheet-spec";
import { chartPartXml, drawingPartXml } from "./chart-xml";
import { relationships, relsPathOf } from "./package-xml";

export interface SheetCharts {
  sheet: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet3.xml". */
  part: string;
  charts: ChartSpec[];
}

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Elements that follow <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

function freeName(zip: JSZip, pattern: (n: number) => string): { path: string; n: number } {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return { path: pattern(n), n };
}

function insertDrawing(sheetXml: string, relId: string): string {
  const positions = AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0);
  const at = Math.min(...positions);
  return `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
}

function addRelationship(relsXml: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set(relationships(relsXml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  return { id, xml: relsXml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`) };
}

export async function addChartsToPackage(zip: JSZip, sheets: SheetCharts[]): Promise<void> {
  const overrides: string[] = [];
  for (const { sheet, part, charts } of sheets) {
    const drawing = freeName(zip, (n) => `xl/drawings/drawing${n}.xml`);
    zip.file(drawing.path, drawingPartXml(charts));
    overrides.push(`<Override PartName="/${drawing.path}" ContentType="${DRAWING_TYPE}"/>`);

    let drawingRels = EMPTY_RELS;
    for (const chart of charts) {
      const chartPart = freeName(zip, (n) => `xl/charts/chart${n}.xml`);
      zip.file(chartPart.path, chartPartXml(sheet, chart));
      overrides.push(`<Override PartName="/${chartPart.path}" ContentType="${CHART_TYPE}"/>`);
      drawingRels = addRelationship(drawingRels, `${REL_TYPE}/chart`, `../charts/chart${chartPart.n}.xml`).xml;
    }
    zip.file(relsPathOf(drawing.path), drawingRels);

    const sheetRelsPath = relsPathOf(part);
    const sheetRels = zip.file(sheetRelsPath) ? await zip.file(sheetRelsPath)!.async("string") : EMPTY_RELS;
    const added = addRelationship(sheetRels, `${REL_TYPE}/drawing`, `../drawings/drawing${drawing.n}.xml`);
    zip.file(sheetRelsPath, added.xml);
    zip.file(part, insertDrawing(await zip.file(part)!.async("string"), added.id));
  }
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
}
