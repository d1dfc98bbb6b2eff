/**
 * The browser-side writer (XlsxWorkbook, which the task pane uses for standalone files) zips with
 * JSZip, the Node host with zlib: both must give the same workbook.
 */
import JSZip from "jszip";
import { buildTracker, readTrackerFrom } from "../../../src/engine";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsx-workbook";
import { plan, TODAY, UNITS } from "./support/small-tracker";

async function texts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) result.set(name, await zip.files[name].async("string"));
  return result;
}

describe("the browser-side xlsx writer", () => {
  it("writes the same parts as the Node host, and the file opens as the same tracker", async () => {
    const inBrowser = XlsxWorkbook.create();
    const inNode = XlsxHost.create();
    for (const host of [inBrowser, inNode]) expect((await buildTracker(host, { plan: plan(4), units: UNITS, today: TODAY })).ok).toBe(true);
    const [browserBytes, nodeBytes] = [await inBrowser.toBytes(), await inNode.toBytes()];
    const [browserParts, nodeParts] = [await texts(browserBytes), await texts(nodeBytes)];
    expect([...browserParts.keys()]).toEqual([...nodeParts.keys()]);
    // Only the package's own timestamps may differ.
    for (const [name, text] of browserParts) if (name !== "docProps/core.xml") expect(text).toBe(nodeParts.get(name));
    const opened = await XlsxHost.fromBuffer(browserBytes, "standalone.xlsx");
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const reading = await readTrackerFrom(opened.value);
    expect(reading.problems).toEqual([]);
    expect(reading.state?.units.map((u) => u.code)).toEqual(UNITS.map((u) => u.code));
  });

  it("opens bytes in the browser as the Node host does, and names a zip that is no workbook", async () => {
    const written = XlsxWorkbook.create();
    expect((await buildTracker(written, { plan: plan(4), units: UNITS, today: TODAY })).ok).toBe(true);
    const opened = await XlsxWorkbook.fromBytes(await written.toBytes(), "so-theo-doi.xlsx");
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const reading = await readTrackerFrom(opened.value);
    expect(reading.problems).toEqual([]);
    expect(reading.state?.units.map((u) => u.code)).toEqual(UNITS.map((u) => u.code));

    const notWorkbook = new JSZip();
    notWorkbook.file("word/document.xml", "<w:document/>");
    const refused = await XlsxWorkbook.fromBytes(await notWorkbook.generateAsync({ type: "uint8array" }), "Bao-cao-DV001.xlsx");
    expect(refused.ok ? [] : refused.problems).toEqual([{ key: "xlsx.open.notXlsx", params: { file: "Bao-cao-DV001.xlsx" } }]);
  });
});
