/**
 * The tracker end to end on files: built through the xlsx host, typed into, recalculated by
 * LibreOffice (the real spreadsheet engine here), and rebuilt from the saved file.
 */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BLANK, dateCell, deadlineStatus, readStatusCell } from "../../../src/domain/deadline";
import type { IsoDate, UnitCode } from "../../../src/domain/types";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { trackerBuildChange } from "../../../src/layout/tracker";
import { recalculatedSheets } from "../../support/libreoffice";
import { plan, readBack, task, unit } from "./support/tracker-fixtures";

const AS_OF = "2019-12-18" as IsoDate;
const tasks = [task(1, "2019-12-20"), task(2, "2019-12-10"), task(3), task(4, "2019-12-14"), task(5, "2020-01-31")];
const units = [unit(1), unit(2, "=HYPERLINK(\"http://x.example\",\"bấm\")"), unit(3, "Đảng bộ Công ty Cổ phần Cao su Đồng Phú tỉnh Bình Phước")];

/** What units report: [unit index, task index, status, completion date]. */
const typed: Array<[number, number, string, string | null]> = [
  [0, 0, "Hoàn thành", "2019-12-19"],
  [0, 1, "Hoàn thành", "2019-12-12"],
  [0, 2, "Đang thực hiện", null],
  [1, 3, "Không áp dụng", null],
  [1, 0, "Hoàn thành", null],
  [2, 4, "Chưa thực hiện", "2019-12-01"],
];

describe("the tracker through the xlsx host and LibreOffice", () => {
  let dir: string;
  let file: string;
  let sheets: Map<UnitCode, string>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "tracker-xlsx-"));
    file = path.join(dir, "so-theo-doi.xlsx");
    const host = XlsxHost.create();
    await host.apply(trackerBuildChange({ plan: plan(tasks), units, existing: null, today: AS_OF }).change);
    const { state } = await readBack(host);
    sheets = new Map(state!.sheets);
    // A user fixes the as-of date and types what units reported.
    await host.apply({
      ops: [
        { op: "patchSheet", name: "Kế hoạch", content: { cells: [{ at: "E6", rows: [[{ kind: "date", date: AS_OF }]] }] } },
        ...typed.map(([u, t, status, done]) => ({
          op: "patchSheet" as const,
          name: sheets.get(units[u].code) as string,
          content: {
            cells: [{ at: `D${6 + t}`, rows: [[{ kind: "text" as const, text: status }, done ? { kind: "date" as const, date: done as IsoDate } : { kind: "blank" as const }]] }],
          },
        })),
      ],
    });
    expect((await host.save(file)).ok).toBe(true);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("computes in LibreOffice the same deadline check as the TypeScript rules, on every row", async () => {
    const names = units.map((u) => sheets.get(u.code) as string);
    const computed = await recalculatedSheets(file, names);
    units.forEach((u, ui) => {
      const rows = computed[names[ui]];
      expect(rows[0][0]).toBe(u.name);
      tasks.forEach((t, ti) => {
        const row = rows[5 + ti];
        const entry = typed.find(([a, b]) => a === ui && b === ti);
        const expected = deadlineStatus({
          deadline: t.deadline ? dateCell(t.deadline) : BLANK,
          status: entry ? readStatusCell(entry[2]) : BLANK,
          completed: entry?.[3] ? dateCell(entry[3] as IsoDate) : BLANK,
          asOf: AS_OF,
          planDate: dateCell("2019-12-02" as IsoDate),
          settings: { dueSoonDays: 7, workingDays: false, shiftDeadlineToWorkingDay: false },
          holidays: [],
        });
        expect([row[0], row[10]]).toEqual([t.code, expected]);
        expect(row[1]).toBe(t.text);
      });
    });
  });

  it("keeps every entry when the saved file is rebuilt with a new task and a new unit", async () => {
    const opened = await XlsxHost.open(file);
    if (!opened.ok) throw new Error("cannot open");
    const host = opened.value;
    const before = await readBack(host);
    expect(before.problems).toEqual([]);
    expect(before.state?.entries).toHaveLength(typed.length);
    const rebuilt = trackerBuildChange({ plan: plan([...tasks, task(6, "2020-02-28")]), units: [...units, unit(4)], existing: before.state, today: AS_OF });
    expect(rebuilt.report.tasksAdded).toEqual(["NV06"]);
    expect(rebuilt.report.unitsAdded).toEqual(["DV004"]);
    await host.apply(rebuilt.change);
    const second = path.join(dir, "so-theo-doi-2.xlsx");
    expect((await host.save(second)).ok).toBe(true);
    const reopened = await XlsxHost.open(second);
    if (!reopened.ok) throw new Error("cannot reopen");
    const after = await readBack(reopened.value);
    expect(after.problems).toEqual([]);
    expect(after.state?.entries).toEqual(before.state?.entries);
    expect(after.state?.positions.unitSheets.get("DV004" as UnitCode)?.taskRows.size).toBe(6);
    const again = trackerBuildChange({ plan: plan([...tasks, task(6, "2020-02-28")]), units: [...units, unit(4)], existing: after.state, today: AS_OF });
    expect(again.change.ops).toEqual([]);
    const recalculated = await recalculatedSheets(second, ["Tổng quan", sheets.get(units[0].code) as string]);
    expect(recalculated[sheets.get(units[0].code) as string][10].slice(0, 1)).toEqual(["NV06"]);
    // Tổng quan follows the unit sheets live: per unit checks, counts, and the per-task block.
    const overview = recalculated["Tổng quan"];
    const byUnit = overview.findIndex((row) => row[0] === "Mã ĐV");
    expect(overview[byUnit].slice(0, 8)).toEqual(["Mã ĐV", "Tên đơn vị", "NV01", "NV02", "NV03", "NV04", "NV05", "NV06"]);
    expect(overview[byUnit + 1].slice(0, 10)).toEqual(["DV001", "Chi bộ Sở số 1", "Lỗi: Ngày hoàn thành sau ngày báo cáo", "Hoàn thành quá hạn", "Chưa có hạn", "Quá hạn", "Trong hạn", "Trong hạn", "1", "1"]);
    expect(overview[byUnit + 2][1]).toBe(units[1].name);
    expect(overview.find((row) => row[0] === "NV04")?.slice(2, 5)).toEqual(["0", "3", "0"]);
  });
});
