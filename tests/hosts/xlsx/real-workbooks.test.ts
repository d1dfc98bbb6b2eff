/**
 * Building the tracker into workbooks people already have, made by Excel, LibreOffice, Google
 * Sheets and other writers (tests/fixtures/workbooks, and the folders named in
 * PLAN_TRACKER_WORKBOOK_CORPUS, separated by the path delimiter — docs/existing-workbooks.md).
 * Each file goes through
 * `plan-tracker build` as a user runs it; then either
 *  - the build succeeded, LibreOffice opens the result, every sheet the file had shows the same
 *    values after recalculation as in the original, and the tracker's sheets are there — and
 *    the same after a second build into the result with one more unit (a rebuild); or
 *  - the build was refused with a message naming the file, and the file's bytes are unchanged.
 *
 * @slow
 */
import { promises as fs, readdirSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { decodeXml } from "../../../src/hosts/xlsx/package-xml";
import { recalculatedWorkbooks } from "../../support/libreoffice";
import { cli } from "../../cli/support/run-cli";

const FIXTURES = path.join(__dirname, "../../fixtures/workbooks");
const EXAMPLES = path.join(__dirname, "../../../examples");
const PLAN = path.join(EXAMPLES, "plan-13-KH-DUK.json");
const TRACKER_SHEETS = ["Kế hoạch", "Đơn vị", "Tổng quan"];

/**
 * What a file must give: "built", or the catalog message's opening words when the host must
 * refuse it. A file not listed here must be built, or refused with a message naming it.
 */
const EXPECTED: Record<string, "built" | { refused: string }> = {
  "empty-file.xlsx": { refused: "rỗng (0 byte)" },
  "not-a-zip.xlsx": { refused: "không phải là sổ tính Excel" },
  "zip-not-xlsx.xlsx": { refused: "không phải là sổ tính Excel" },
  "lo-pivot-table.xlsx": { refused: 'có bảng tổng hợp (PivotTable) trên trang "Tổng hợp"' },
  "ods-renamed.xlsx": { refused: "là bảng tính OpenDocument (.ods)" },
  "xls-renamed.xlsx": { refused: "là sổ tính Excel 97–2003 (.xls)" },
  "exceljs-missing-bits.xlsx": { refused: "không phải là sổ tính Excel" },
  "exceljs-invalid-xml.xlsx": { refused: "bị hỏng" },
  "tealeg-no-worksheets.xlsx": { refused: 'bị hỏng: trang tính "Tabelle1" không có phần dữ liệu' },
  "xlrd-sample-renamed-ods.xlsx": { refused: "là bảng tính OpenDocument (.ods)" },
  "xlrd-namesdemo-renamed-xls.xlsx": { refused: "là sổ tính Excel 97–2003 (.xls)" },
  "excelize-encrypt-aes.xlsx": { refused: "được bảo vệ bằng mật khẩu" },
  "closedxml-pivot-tables.xlsx": { refused: "có bảng tổng hợp (PivotTable)" },
  "closedxml-chartsheet-pivot.xlsx": { refused: "có bảng tổng hợp (PivotTable)" },
  "closedxml-form-controls.xlsx": { refused: "có nút điều khiển biểu mẫu" },
};

function corpusFolders(): string[] {
  const extra = (process.env.PLAN_TRACKER_WORKBOOK_CORPUS ?? "").split(path.delimiter).filter((dir) => dir !== "");
  return [FIXTURES, ...extra];
}

function corpusFiles(): string[] {
  return corpusFolders().flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.xlsx$/i.test(name))
      .sort()
      .map((name) => path.join(dir, name)),
  );
}

interface Outcome {
  name: string;
  original: string;
  result: string;
  /** The result built into again, with a fourth unit; null when the first build was refused. */
  rebuilt: { file: string; code: number; stderr: string; bytes: Buffer } | null;
  code: number;
  stderr: string;
  before: Buffer;
  after: Buffer;
}

/** Per sheet, trailing empty rows and cells dropped: LibreOffice pads a sheet to its used area. */
function trimmed(sheets: Record<string, string[][]>): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const [name, rows] of Object.entries(sheets)) {
    const cut = rows.map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === "") end--;
      return row.slice(0, end);
    });
    while (cut.length > 0 && cut[cut.length - 1].length === 0) cut.pop();
    out[name] = cut;
  }
  return out;
}

describe("building the tracker into existing workbooks", () => {
  let dir: string;
  const outcomes: Outcome[] = [];
  let recalculated: Map<string, Record<string, string[][]>>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "real-workbooks-"));
    const units = path.join(dir, "units.csv");
    const moreUnits = path.join(dir, "units-4.csv");
    // Three units of the example list: enough for three unit sheets beside the file's own.
    const lines = (await fs.readFile(path.join(EXAMPLES, "units-binh-phuoc.csv"), "utf8")).split("\n");
    await fs.writeFile(units, lines.slice(0, 4).join("\n") + "\n");
    await fs.writeFile(moreUnits, lines.slice(0, 5).join("\n") + "\n");
    const files = corpusFiles();
    for (const [i, file] of files.entries()) {
      // Short, distinct base names: LibreOffice names each sheet's CSV "<base>-<sheet>.csv".
      const id = `w${String(i).padStart(3, "0")}`;
      const original = path.join(dir, `${id}o.xlsx`);
      const result = path.join(dir, `${id}b.xlsx`);
      const before = await fs.readFile(file);
      await fs.writeFile(original, before);
      await fs.writeFile(result, before);
      const run = await cli("build", "--plan", PLAN, "--units", units, "--out", result, "--today", "2019-12-16");
      const after = await fs.readFile(result);
      let rebuilt: Outcome["rebuilt"] = null;
      if (run.code === 0) {
        const again = path.join(dir, `${id}r.xlsx`);
        await fs.writeFile(again, after);
        const second = await cli("build", "--plan", PLAN, "--units", moreUnits, "--out", again, "--today", "2019-12-18");
        rebuilt = { file: again, code: second.code, stderr: second.stderr, bytes: await fs.readFile(again) };
      }
      outcomes.push({ name: path.basename(file), original, result, rebuilt, code: run.code, stderr: run.stderr, before, after });
    }
    const built = outcomes.filter((o) => o.code === 0);
    recalculated = await recalculatedWorkbooks(built.flatMap((o) => [o.original, o.result, ...(o.rebuilt?.code === 0 ? [o.rebuilt.file] : [])]));
    const table = outcomes.map((o) => `${o.name.padEnd(44)} ${o.code === 0 ? "built" : `refused: ${o.stderr.trim().split("\n")[0]}`}`);
    console.log(`file → outcome\n${table.join("\n")}`);
  }, 600_000);

  afterAll(async () => {
    if (!process.env.KEEP_LO_OUTPUT) await fs.rm(dir, { recursive: true, force: true });
  });

  it("goes through every workbook of the corpus", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(readdirSync(FIXTURES).filter((name) => name.endsWith(".xlsx")).length);
    expect(outcomes.length).toBeGreaterThanOrEqual(10);
  });

  it("gives each file the outcome it must have", () => {
    const wrong = outcomes.flatMap((o) => {
      const expected = EXPECTED[o.name] ?? "built";
      if (expected === "built") return o.code === 0 ? [] : [`${o.name}: refused — ${o.stderr.trim()}`];
      if (o.code === 0) return [`${o.name}: built, but must be refused (${expected.refused})`];
      return o.stderr.includes(expected.refused) ? [] : [`${o.name}: refused with "${o.stderr.trim()}", not "${expected.refused}"`];
    });
    expect(wrong).toEqual([]);
  });

  it("refuses a file with one message naming it, no stack trace, and leaves its bytes as they were", () => {
    const bad = outcomes
      .filter((o) => o.code !== 0)
      .flatMap((o) => {
        const problems: string[] = [];
        if (!o.stderr.includes(path.basename(o.result))) problems.push("the message does not name the file");
        if (/\n\s+at /.test(o.stderr) || /Error:/.test(o.stderr)) problems.push(`a stack trace or raw error: ${o.stderr}`);
        if (!o.before.equals(o.after)) problems.push("the file was changed");
        return problems.map((p) => `${o.name}: ${p}`);
      });
    expect(bad).toEqual([]);
  });

  it("builds again into each built file: a rebuild adds the fourth unit's sheet", async () => {
    const bad: string[] = [];
    for (const o of outcomes.filter((x) => x.rebuilt !== null)) {
      if (o.rebuilt!.code !== 0) bad.push(`${o.name}: ${o.rebuilt!.stderr.trim()}`);
      else if ((await sheetsAndNames(o.rebuilt!.bytes)).states.size !== (await sheetsAndNames(o.after)).states.size + 1) bad.push(`${o.name}: the rebuild added no sheet`);
    }
    expect(bad).toEqual([]);
  });

  it("keeps each sheet's visibility and every defined name of a built file, also after the rebuild", async () => {
    const bad: string[] = [];
    for (const o of outcomes.filter((x) => x.code === 0)) {
      const before = await sheetsAndNames(o.before);
      for (const [label, bytes] of [["build", o.after], ["rebuild", o.rebuilt?.bytes]] as const) {
        if (!bytes) continue;
        const after = await sheetsAndNames(bytes);
        const name = `${o.name} (${label})`;
        for (const [sheet, state] of before.states) if (after.states.get(sheet) !== state) bad.push(`${name}: sheet "${sheet}" was ${state}, is ${after.states.get(sheet) ?? "gone"}`);
        for (const defined of before.names) if (!after.names.has(defined)) bad.push(`${name}: defined name ${defined} is gone`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps the comments, charts, pictures, tables, sparklines, merges, links, validations and conditional formats of a built file", async () => {
    const bad: string[] = [];
    for (const o of outcomes.filter((x) => x.code === 0)) {
      const before = await objectCounts(o.before);
      const after = await objectCounts(o.after);
      // The tracker adds its own (a chart, merges, validations…): none of the file's may be lost.
      for (const [kind, n] of Object.entries(before)) if (after[kind] < n) bad.push(`${o.name}: ${kind} ${n} → ${after[kind]}`);
    }
    expect(bad).toEqual([]);
  });

  it("keeps every sheet of a built file with the values LibreOffice computes for it, also after the rebuild, and adds the tracker's sheets", () => {
    const bad: string[] = [];
    for (const o of outcomes.filter((x) => x.code === 0)) {
      const before = trimmed(recalculated.get(o.original) ?? {});
      for (const [label, file] of [["build", o.result], ["rebuild", o.rebuilt?.code === 0 ? o.rebuilt.file : null]] as const) {
        if (file === null) continue;
        const after = trimmed(recalculated.get(file) ?? {});
        const name = `${o.name} (${label})`;
        if (Object.keys(after).length === 0) {
          bad.push(`${name}: LibreOffice did not open the result`);
          continue;
        }
        for (const sheet of TRACKER_SHEETS) if (!(sheet in after)) bad.push(`${name}: no sheet ${sheet}`);
        for (const [sheet, rows] of Object.entries(before)) {
          if (!(sheet in after)) bad.push(`${name}: sheet "${sheet}" is gone`);
          else if (JSON.stringify(after[sheet]) !== JSON.stringify(rows)) bad.push(`${name}: sheet "${sheet}" changed: ${firstDifference(rows, after[sheet])}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

/** Each sheet's visibility and the defined names ("name" or "name@sheet") of a workbook, from its workbook part. */
async function sheetsAndNames(bytes: Buffer): Promise<{ states: Map<string, string>; names: Set<string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = (await zip.file("_rels/.rels")?.async("string")) ?? "";
  const main = /Target="\/?([^"]*)"[^>]*Type="[^"]*officeDocument"|Type="[^"]*officeDocument"[^>]*Target="\/?([^"]*)"/.exec(rels);
  const xml = (await zip.file(main?.[1] ?? main?.[2] ?? "xl/workbook.xml")?.async("string")) ?? "";
  const attr = (tag: string, name: string): string | undefined => {
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return value === undefined ? undefined : decodeXml(value);
  };
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]);
  const states = new Map(sheets.map((tag) => [attr(tag, "name") ?? "", attr(tag, "state") ?? "visible"]));
  const names = new Set(
    [...xml.matchAll(/<(?:\w+:)?definedName\b[^>]*>/g)].map((m) => {
      const local = attr(m[0], "localSheetId");
      return local === undefined ? (attr(m[0], "name") ?? "") : `${attr(m[0], "name")}@${attr(sheets[Number(local)] ?? "", "name")}`;
    }),
  );
  return { states, names };
}

/**
 * What a reader sees besides values, counted over the package: comments, charts, pictures,
 * tables, sparklines, merged areas, hyperlinks, validations, conditional formats.
 */
async function objectCounts(bytes: Buffer): Promise<Record<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  const count = async (parts: RegExp, element: RegExp): Promise<number> => {
    let n = 0;
    for (const f of files.filter((name) => parts.test(name))) n += ((await zip.file(f)!.async("string")).match(element) ?? []).length;
    return n;
  };
  const sheets = /^xl\/worksheets\/[^/]+\.xml$/;
  return {
    comments: await count(/^xl\/(?:[^/]+\/)?comments?[^/]*\.xml$/, /<(?:\w+:)?comment\b/g),
    charts: files.filter((f) => /^xl\/charts\/chart[^/]*\.xml$/.test(f)).length,
    pictures: files.filter((f) => /^xl\/media\//.test(f)).length,
    tables: files.filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f)).length,
    sparklines: await count(sheets, /<(?:\w+:)?sparkline\b/g),
    merges: await count(sheets, /<(?:\w+:)?mergeCell\b/g),
    hyperlinks: await count(sheets, /<(?:\w+:)?hyperlink\b/g),
    validations: await count(sheets, /<(?:\w+:)?dataValidation\b/g),
    conditionalFormats: await count(sheets, /<(?:\w+:)?cfRule\b/g),
  };
}

function firstDifference(before: string[][], after: string[][]): string {
  for (let r = 0; r < Math.max(before.length, after.length); r++) {
    const a = before[r] ?? [];
    const b = after[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      if ((a[c] ?? "") !== (b[c] ?? "")) return `row ${r + 1}, column ${c + 1}: "${a[c] ?? ""}" → "${b[c] ?? ""}"`;
    }
  }
  return "";
}
