import fc from "fast-check";
import JSZip from "jszip";
import { ContentTypes } from "../../../src/hosts/xlsx/content-types";
import { relativeTarget, resolveTarget } from "../../../src/hosts/xlsx/package-xml";
import { readPartGraph, reachable } from "../../../src/hosts/xlsx/part-graph";
import { writePartGraph } from "../../../src/hosts/xlsx/write-part-graph";

const TYPES_XML =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
  '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>';
const rels = (...items: [string, string][]): string =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, target]) => `<Relationship Id="${id}" Type="http://x/${id}" Target="${target}"/>`).join("")}</Relationships>`;

/** A drawing with a chart (with a style part) and a picture, plus a dangling target. */
function sourcePackage(): JSZip {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", TYPES_XML);
  zip.file("xl/drawings/drawing1.xml", '<xdr:wsDr xmlns:xdr="x"/>');
  zip.file("xl/drawings/_rels/drawing1.xml.rels", rels(["rId1", "../charts/chart1.xml"], ["rId2", "../media/image1.png"], ["rId3", "../missing.xml"]));
  zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
  zip.file("xl/charts/_rels/chart1.xml.rels", rels(["rId1", "style1.xml"]));
  zip.file("xl/charts/style1.xml", "<cs:chartStyle/>");
  zip.file("xl/media/image1.png", new Uint8Array([1, 2, 3]));
  return zip;
}

describe("relationship targets", () => {
  it("are written relative to the part that owns them", () => {
    expect(relativeTarget("xl/drawings/drawing1.xml", "xl/charts/chart3.xml")).toBe("../charts/chart3.xml");
    expect(relativeTarget("xl/charts/chart3.xml", "xl/charts/style2.xml")).toBe("style2.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
  });

  it("resolve back to the part they were made for", () => {
    const path = fc.array(fc.constantFrom("xl", "charts", "drawings", "media", "a"), { minLength: 0, maxLength: 3 }).map((dirs) => [...dirs, "part.xml"].join("/"));
    fc.assert(fc.property(path, path, (from, to) => expect(resolveTarget(from, relativeTarget(from, to))).toBe(to)));
  });
});

describe("content types", () => {
  it("declare a part by Override only when its extension's Default does not already say so, and forget removed parts", () => {
    const types = new ContentTypes(TYPES_XML);
    types.declare("xl/media/image2.png", "image/png");
    types.declare("xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    types.forget("xl/charts/chart1.xml");
    const xml = types.toXml();
    expect(xml).not.toContain("image2.png");
    expect(xml).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(xml).not.toContain("/xl/charts/chart1.xml");
    expect(new ContentTypes(xml).typeOf("XL/Charts/Chart2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  });
});

describe("a kept part graph", () => {
  it("holds the drawing and every part it reaches, skipping a dangling target", async () => {
    const zip = sourcePackage();
    const graph = await readPartGraph(zip, "xl/drawings/drawing1.xml", await ContentTypes.of(zip));
    expect([...graph!.parts.keys()]).toEqual(["xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/media/image1.png", "xl/charts/style1.xml"]);
    expect(graph!.parts.get("xl/media/image1.png")!.data).toBeInstanceOf(Uint8Array);
    expect(graph!.parts.get("xl/charts/chart1.xml")!.data).toBe("<c:chartSpace/>");
    expect([...reachable({ ...graph!, root: "xl/charts/chart1.xml" }).parts.keys()]).toEqual(["xl/charts/chart1.xml", "xl/charts/style1.xml"]);
  });

  it("is written under the next free numbers where its names are taken, with its relationships following, and shares an identical image", async () => {
    const source = sourcePackage();
    const graph = (await readPartGraph(source, "xl/drawings/drawing1.xml", await ContentTypes.of(source)))!;
    const target = new JSZip();
    target.file("[Content_Types].xml", TYPES_XML.replace(/<Override[^>]*>/g, ""));
    target.file("xl/drawings/drawing1.xml", "<taken/>");
    target.file("xl/charts/chart1.xml", "<taken/>");
    target.file("xl/media/image1.png", new Uint8Array([1, 2, 3]));
    const types = await ContentTypes.of(target);
    const root = await writePartGraph(target, graph, types);
    expect(root).toBe("xl/drawings/drawing2.xml");
    expect(await target.file("xl/drawings/_rels/drawing2.xml.rels")!.async("string")).toBe(
      rels(["rId1", "../charts/chart2.xml"], ["rId2", "../media/image1.png"], ["rId3", "../missing.xml"]),
    );
    expect(await target.file("xl/charts/_rels/chart2.xml.rels")!.async("string")).toBe(rels(["rId1", "style1.xml"]));
    expect(Object.keys(target.files).filter((f) => f.startsWith("xl/media/") && !target.files[f].dir)).toEqual(["xl/media/image1.png"]);
    expect(types.typeOf("xl/charts/chart2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(types.typeOf("xl/drawings/drawing2.xml")).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
  });
});
