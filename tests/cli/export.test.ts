import { promises as fs, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseCsv } from "../../src/domain/csv";
import type { ExportRow } from "../../src/domain/report";
import { seedUnits, writeSeedTracker } from "../support/seed-tracker";
import { cli } from "./support/run-cli";

describe("plan-tracker export", () => {
  let dir: string;
  let tracker: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "export-"));
    tracker = path.join(dir, "tracker.xlsx");
    await writeSeedTracker(tracker);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("writes one JSON record per unit × task with the deadline check of the as-of date", async () => {
    const result = await cli("export", tracker, "--as-of", "2019-12-31", "--format", "json");
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as ExportRow[];
    expect(rows).toHaveLength(42 * 6);
    expect(rows.find((r) => r.unitCode === "DV025" && r.taskCode === "NV05")).toMatchObject({
      plan: "13-KH/ĐUK",
      unitName: "Chi bộ Sở Nội vụ",
      deadline: "2019-12-20",
      status: "Đang thực hiện",
      result: "Quá hạn",
      days: 11,
      asOf: "2019-12-31",
    });
    const done = rows.find((r) => r.unitCode === "DV001" && r.taskCode === "NV05")!;
    expect(done.completedOn).toBe("2019-12-05");
    expect(done.measures).toEqual({ participants: (seedUnits()[0].members ?? 0) - 1, total: seedUnits()[0].members, form: "Sinh hoạt chi bộ định kỳ" });
  });

  it("writes CSV with a header row and measure columns, UTF-8 with a byte-order mark for Excel", async () => {
    const file = path.join(dir, "so-lieu.csv");
    const result = await cli("export", tracker, "--as-of", "2019-12-31", "--out", file);
    expect(result.code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(bytes.toString("utf8"));
    if (!parsed.ok) throw new Error("bad csv");
    const [header, ...records] = parsed.rows.map((r) => r.fields);
    expect(header).toEqual(["plan", "unitCode", "unitName", "taskCode", "taskText", "deadline", "status", "completedOn", "measure:participants", "measure:total", "measure:form", "reportRef", "note", "result", "days", "asOf"]);
    expect(records).toHaveLength(252);
    const row = records.find((r) => r[1] === "DV019" && r[3] === "NV05")!;
    expect(row[13]).toBe("Hoàn thành quá hạn");
    expect(row[14]).toBe("1");
  });

  it("refuses an unknown format", async () => {
    const result = await cli("export", tracker, "--format", "xml");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Định dạng \"xml\" không có: dùng csv hoặc json");
  });
});
