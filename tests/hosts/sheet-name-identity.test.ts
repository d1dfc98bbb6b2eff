/**
 * Both hosts take a sheet name the way Excel does: "Chi bộ" typed with combining accents (NFD, as
 * some keyboards and copied text give it), in any case, names the same sheet as the composed name.
 * The same changes find, rename or refuse the same sheets in Excel (the Office.js host over the
 * emulated Excel) and in an .xlsx file.
 */
import type { Problem } from "../../src/domain/result";
import { ExcelHost } from "../../src/hosts/excel";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { WorkbookChange } from "../../src/layout/sheet-spec";
import type { WorkbookHost } from "../../src/layout/workbook-host";
import { createEmulatedExcel } from "../support/excel-emulator";

const COMPOSED = "Chi bộ";
const TYPED = ["Chi bộ", "CHI BỘ", "chi bộ"].map((name) => name.normalize("NFD"));

interface OpenHost {
  host: WorkbookHost;
  dispose(): void;
}

/** Each host with two sheets, "Sheet1" and "Chi bộ" (composed) holding "x" in A1. */
const HOSTS: [string, () => Promise<OpenHost>][] = [
  [
    "the Excel host",
    async () => {
      const excel = createEmulatedExcel();
      const host = new ExcelHost(excel.run);
      await host.apply({ ops: [{ op: "addSheet", sheet: { name: COMPOSED, cells: [{ at: "A1", rows: [[{ kind: "text", text: "x" }]] }] } }] });
      return { host, dispose: () => excel.dispose() };
    },
  ],
  [
    "the xlsx host",
    async () => {
      const host = XlsxHost.create();
      await host.apply({
        ops: [
          { op: "addSheet", sheet: { name: "Sheet1" } },
          { op: "addSheet", sheet: { name: COMPOSED, cells: [{ at: "A1", rows: [[{ kind: "text", text: "x" }]] }] } },
        ],
      });
      return { host, dispose: () => undefined };
    },
  ],
];

async function refusal(host: WorkbookHost, change: WorkbookChange): Promise<Problem[]> {
  const error = await host.apply(change).then(
    () => null,
    (e: unknown) => e,
  );
  return (error as { problems?: Problem[] } | null)?.problems ?? [];
}

const sheetNames = async (host: WorkbookHost) => (await host.snapshot([])).sheets.map((s) => s.name);

describe.each(HOSTS)("%s", (_name, open) => {
  let opened: OpenHost;
  beforeEach(async () => {
    opened = await open();
  });
  afterEach(() => opened.dispose());

  test.each(TYPED)("finds the sheet by %j and writes to it", async (typed) => {
    expect(typed).not.toBe(typed.normalize("NFC"));
    const read = await opened.host.snapshot([{ sheet: typed, range: "A1" }]);
    expect(read.ranges[0]).toMatchObject({ found: true, values: [["x"]] });
    await opened.host.apply({ ops: [{ op: "patchSheet", name: typed, content: { cells: [{ at: "B1", rows: [[{ kind: "text", text: "y" }]] }] } }] });
    const after = await opened.host.snapshot([{ sheet: COMPOSED, range: "A1:B1" }]);
    expect(after.ranges[0].values).toEqual([["x", "y"]]);
  });

  test.each(TYPED)("renames the sheet named by %j", async (typed) => {
    await opened.host.apply({ ops: [{ op: "renameSheet", from: typed, to: "Chi bộ A" }] });
    expect(await sheetNames(opened.host)).toEqual(["Sheet1", "Chi bộ A"]);
  });

  test.each(TYPED)("renames the sheet to %j, its own name in another case and encoding", async (typed) => {
    await opened.host.apply({ ops: [{ op: "renameSheet", from: COMPOSED, to: typed }] });
    expect(await sheetNames(opened.host)).toEqual(["Sheet1", typed]);
  });

  test.each(TYPED)("refuses a second sheet named %j, writing nothing", async (typed) => {
    const problems = await refusal(opened.host, {
      ops: [
        { op: "patchSheet", name: "Sheet1", content: { cells: [{ at: "A1", rows: [[{ kind: "text", text: "không được ghi" }]] }] } },
        { op: "addSheet", sheet: { name: typed } },
      ],
    });
    expect(problems).toEqual([{ key: "excel.sheetName.duplicate", params: { name: COMPOSED }, at: { sheet: typed } }]);
    expect(await sheetNames(opened.host)).toEqual(["Sheet1", COMPOSED]);
    const sheet1 = await opened.host.snapshot([{ sheet: "Sheet1", range: "A1" }]);
    expect(sheet1.ranges[0].values).toEqual([[""]]);
  });

  test("refuses a rename onto the sheet's name typed in NFD by another sheet", async () => {
    const problems = await refusal(opened.host, { ops: [{ op: "renameSheet", from: "Sheet1", to: TYPED[1] }] });
    expect(problems.map((p) => p.key)).toEqual(["excel.sheetName.duplicate"]);
    expect(await sheetNames(opened.host)).toEqual(["Sheet1", COMPOSED]);
  });
});
