/**
 * Packages other writers lay out in ways exceljs does not expect (openpyxl, Apple Numbers,
 * Tencent Office, hand-made names): the host opens them, keeps what they hold, or refuses them
 * with a message naming what it cannot keep, before anything is written.
 */
import JSZip from "jszip";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { t } from "../../../src/i18n";
import { PLAN, UNIT_SHEETS, sampleChange, text } from "./support/sample-change";
import { addUserDrawing } from "./support/user-drawing";

const UNIT = UNIT_SHEETS[0];
const CHART_TITLE = "Số CB, ĐV tham gia theo nhiệm vụ";

async function sampleFile(): Promise<Buffer> {
  const host = XlsxHost.create();
  await host.apply(sampleChange());
  return host.toBuffer();
}

async function open(buffer: Buffer): Promise<XlsxHost> {
  const opened = await XlsxHost.fromBuffer(buffer, "so-theo-doi.xlsx");
  if (!opened.ok) throw new Error(opened.problems.map((p) => t(p.key, p.params, "vi")).join("; "));
  return opened.value;
}

async function rewrite(buffer: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function partsMatching(buffer: Buffer, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  return Promise.all(names.map((name) => zip.file(name)!.async("string")));
}

describe("packages laid out by other writers", () => {
  it("keeps a chart whose drawing part uses the default namespace instead of xdr: (openpyxl writes it so)", async () => {
    const withChart = await addUserDrawing(await sampleFile(), {
      sheet: UNIT,
      top: 8,
      chart: { name: "Biểu đồ của tôi", title: CHART_TITLE, seriesName: `'${UNIT}'!$D$3`, categories: `'${UNIT}'!$A$4:$A$6`, values: `'${UNIT}'!$D$4:$D$6` },
    });
    const unprefixed = await rewrite(withChart, async (zip) => {
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async("string");
        zip.file(name, xml.replace(/<(\/?)xdr:/g, "<$1").replace("xmlns:xdr=", "xmlns="));
      }
    });
    const host = await open(unprefixed);
    await host.apply({ ops: [{ op: "patchSheet", name: PLAN, content: { cells: [{ at: "A2", rows: [[text("Ghi chú của người dùng")]] }] } }] });
    const saved = await host.toBuffer();
    expect((await partsMatching(saved, /^xl\/charts\/chart\d+\.xml$/)).some((xml) => xml.includes(CHART_TITLE))).toBe(true);
  });
});
