/**
 * What a user adds in Excel and exceljs cannot read: a drawing on a sheet with a chart (with the
 * chart style and colour parts Excel 2013+ writes beside it), a picture and a text box linked to
 * a cell. Written into a package the way Excel lays it out, under the next free part numbers.
 */
import JSZip from "jszip";
import { solidPng } from "./solid-png";

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  cs: "http://schemas.microsoft.com/office/drawing/2012/chartStyle",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MS_REL = "http://schemas.microsoft.com/office/2011/relationships";
export const TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  chartStyle: "application/vnd.ms-office.chartstyle+xml",
  chartColors: "application/vnd.ms-office.chartcolorstyle+xml",
  themeOverride: "application/vnd.openxmlformats-officedocument.themeOverride+xml",
};

export interface UserDrawing {
  sheet: string;
  chart: {
    name: string;
    title: string;
    /** Formulas as Excel stores them, e.g. "'Chi bộ Văn phòng'!$A$4:$A$6". */
    seriesName: string;
    categories: string;
    values: string;
  };
  picture?: { name: string; rgb: [number, number, number] };
  /** A text box showing a cell, e.g. "'Chi bộ Văn phòng'!$A$1". */
  textLink?: string;
  /** The chart carries its own colours (Excel writes this when a chart is pasted from another workbook). */
  themeOverride?: boolean;
  /** 0-based row where the drawing's objects begin. */
  top: number;
}

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function freeNumber(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([t]) => t).find((t) => t.includes(`name="${escape(sheet)}"`));
  const relId = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([t]) => t).find((t) => t.includes(`Id="${relId}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no worksheet part for ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

const anchor = (top: number, left: number, bottom: number, right: number, body: string): string =>
  `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${left}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

function chartXml(chart: UserDrawing["chart"]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${escape(chart.seriesName)}</c:f></c:strRef></c:tx><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escape(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escape(chart.values)}</c:f></c:numRef></c:val></c:ser>` +
    `<c:gapWidth val="219"/><c:axId val="11"/><c:axId val="12"/></c:barChart>` +
    `<c:catAx><c:axId val="11"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="12"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="12"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:crossAx val="11"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** Adds `drawing` to the package `xlsx`; returns the new package. */
export async function addUserDrawing(xlsx: Buffer, drawing: UserDrawing): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const d = freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`);
  const c = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`);
  const s = freeNumber(zip, (n) => `xl/charts/style${n}.xml`);
  const i = freeNumber(zip, (n) => `xl/media/image${n}.png`);
  const o = freeNumber(zip, (n) => `xl/theme/themeOverride${n}.xml`);
  const overrides = [
    [`/xl/drawings/drawing${d}.xml`, TYPES.drawing],
    [`/xl/charts/chart${c}.xml`, TYPES.chart],
    [`/xl/charts/style${s}.xml`, TYPES.chartStyle],
    [`/xl/charts/colors${s}.xml`, TYPES.chartColors],
  ];

  const t = drawing.top;
  const anchors = [
    anchor(t, 0, t + 14, 6, `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1002" name="${escape(drawing.chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rIdUser1"/></a:graphicData></a:graphic></xdr:graphicFrame>`),
  ];
  const drawingRels = [`<Relationship Id="rIdUser1" Type="${REL}/chart" Target="../charts/chart${c}.xml"/>`];
  if (drawing.picture) {
    zip.file(`xl/media/image${i}.png`, solidPng(40, 20, drawing.picture.rgb));
    drawingRels.push(`<Relationship Id="rIdUser2" Type="${REL}/image" Target="../media/image${i}.png"/>`);
    anchors.push(
      anchor(t, 7, t + 4, 9, `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1003" name="${escape(drawing.picture.name)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdUser2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`),
    );
  }
  if (drawing.textLink) {
    anchors.push(
      anchor(t + 5, 7, t + 8, 10, `<xdr:sp macro="" textlink="${escape(drawing.textLink)}"><xdr:nvSpPr><xdr:cNvPr id="1004" name="TextBox 3"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Ô liên kết</a:t></a:r></a:p></xdr:txBody></xdr:sp>`),
    );
  }
  zip.file(`xl/charts/chart${c}.xml`, chartXml(drawing.chart));
  zip.file(
    `xl/charts/_rels/chart${c}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"><Relationship Id="rId2" Type="${MS_REL}/chartColorStyle" Target="colors${s}.xml"/><Relationship Id="rId1" Type="${MS_REL}/chartStyle" Target="style${s}.xml"/>` +
      (drawing.themeOverride ? `<Relationship Id="rId3" Type="${REL}/themeOverride" Target="../theme/themeOverride${o}.xml"/>` : "") +
      `</Relationships>`,
  );
  if (drawing.themeOverride) {
    zip.file(`xl/theme/themeOverride${o}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:themeOverride xmlns:a="${NS.a}"/>`);
    overrides.push([`/xl/theme/themeOverride${o}.xml`, TYPES.themeOverride]);
  }
  // Excel's style parts are long; their first elements are enough for a part the host must only carry.
  zip.file(`xl/charts/style${s}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cs:chartStyle xmlns:cs="${NS.cs}" xmlns:a="${NS.a}" id="201"/>`);
  zip.file(`xl/charts/colors${s}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cs:colorStyle xmlns:cs="${NS.cs}" xmlns:a="${NS.a}" meth="cycle" id="10"><a:schemeClr val="accent1"/></cs:colorStyle>`);

  const part = await sheetPart(zip, drawing.sheet);
  const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const sheetRels = (await zip.file(relsPath)?.async("string")) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;
  // A sheet has one drawing: a sheet that has one already gets the objects added to it.
  const existing = /<Relationship\b[^>]*\/relationships\/drawing"[^>]*>/.exec(sheetRels);
  if (existing) {
    const target = /Target="\.\.\/drawings\/([^"]+)"/.exec(existing[0])![1];
    const drawingPath = `xl/drawings/${target}`;
    const drawingRelsPath = `xl/drawings/_rels/${target}.rels`;
    const xml = await zip.file(drawingPath)!.async("string");
    const close = xml.lastIndexOf("</");
    zip.file(drawingPath, `${xml.slice(0, close)}${anchors.join("")}${xml.slice(close)}`);
    const relsXml = await zip.file(drawingRelsPath)!.async("string");
    zip.file(drawingRelsPath, relsXml.replace("</Relationships>", `${drawingRels.join("")}</Relationships>`));
    return finish(zip, overrides.slice(1));
  }
  zip.file(`xl/drawings/drawing${d}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`);
  zip.file(`xl/drawings/_rels/drawing${d}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${drawingRels.join("")}</Relationships>`);
  const sheetRelId = `rIdUser${d}`;
  zip.file(relsPath, sheetRels.replace("</Relationships>", `<Relationship Id="${sheetRelId}" Type="${REL}/drawing" Target="../drawings/drawing${d}.xml"/></Relationships>`));
  const sheetXml = await zip.file(part)!.async("string");
  const at = Math.min(...["<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"].map((tag) => sheetXml.indexOf(tag)).filter((n) => n >= 0));
  zip.file(part, `${sheetXml.slice(0, at)}<drawing r:id="${sheetRelId}"/>${sheetXml.slice(at)}`);
  return finish(zip, overrides);
}

async function finish(zip: JSZip, overrides: string[][]): Promise<Buffer> {
  let types = await zip.file("[Content_Types].xml")!.async("string");
  if (!/Extension="png"/i.test(types)) types = types.replace("</Types>", `<Default Extension="png" ContentType="image/png"/></Types>`);
  types = types.replace("</Types>", `${overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join("")}</Types>`);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
