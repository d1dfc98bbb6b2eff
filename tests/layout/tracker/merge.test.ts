import { mergeTracker } from "../../../src/layout/tracker/merge";
import type { LocatedTracker } from "../../../src/layout/tracker/positions";
import type { IsoDate, Task, TaskCode, Unit, UnitCode } from "../../../src/domain/types";

const task = (code: string, deadline: string | null = null): Task => ({ code: code as TaskCode, text: `Nhiệm vụ ${code}`, deadline: deadline as IsoDate | null, assignee: null, section: null });
const unit = (code: string, name = `Chi bộ ${code}`): Unit => ({ code: code as UnitCode, name, kind: "chi bộ", head: null, email: null, members: null });

function state(tasks: Task[], units: Unit[], extra: Partial<LocatedTracker> = {}): LocatedTracker {
  return {
    schemaVersion: 1,
    plan: { docNumber: "1-KH/ĐU", kind: "KH", issuedOn: null, place: null, parentIssuer: null, issuer: null, subject: "", references: [], tasks, signer: null, recipients: [] },
    units,
    entries: [],
    sheets: new Map(units.map((u) => [u.code, u.name])),
    settings: { dueSoonDays: 7, workingDays: false, shiftDeadlineToWorkingDay: false, asOf: null, holidays: [] },
    removedTasks: [],
    removedUnits: [],
    positions: {
      sheetNames: ["Kế hoạch", "Đơn vị", ...units.map((u) => u.name), "Báo cáo riêng"],
      plan: { headerRow: 16, columns: new Map(), rows: new Map(tasks.map((t, i) => [t.code, 17 + i])), lastRow: 16 + tasks.length },
      units: { headerRow: 4, columns: new Map(), rows: new Map(units.map((u, i) => [u.code, 5 + i])), lastRow: 4 + units.length },
      unitSheets: new Map(units.map((u) => [u.code, { sheet: u.name, headerRow: 5, columns: new Map(), taskRows: new Map(tasks.map((t, i) => [t.code, 6 + i])), lastRow: 5 + tasks.length, title: u.name, extraColumns: [] }])),
      metaSize: { rows: 0, columns: 0 },
      metaKey: "",
      overviewKey: null,
      namesKey: null,
      planFields: new Map(),
      renamed: [],
      unitTables: new Map(),
    },
    ...extra,
  };
}

describe("mergeTracker", () => {
  it("keeps existing tasks on their rows, appends new ones and marks missing ones removed", () => {
    const existing = state([task("NV01"), task("NV02")], [unit("DV001")]);
    const merge = mergeTracker({ tasks: [task("NV02"), task("NV03")] }, [unit("DV001")], existing, ["Kế hoạch"]);
    expect(merge.tasks.map((t) => [t.task.code, t.removed, t.row])).toEqual([
      ["NV02", false, 18],
      ["NV03", false, null],
      ["NV01", true, 17],
    ]);
    expect(merge.report.tasksAdded).toEqual(["NV03"]);
    expect(merge.report.tasksMarkedRemoved).toEqual(["NV01"]);
  });

  it("brings a removed task back when the plan lists it again", () => {
    const existing = state([task("NV02")], [unit("DV001")], { removedTasks: [task("NV01")] });
    const merge = mergeTracker({ tasks: [task("NV01"), task("NV02")] }, [unit("DV001")], existing, []);
    expect(merge.report.tasksRestored).toEqual(["NV01"]);
    expect(merge.report.tasksMarkedRemoved).toEqual([]);
  });

  it("reports each plan cell the new plan changes, with the value it replaces", () => {
    const existing = state([task("NV01", "2019-12-20")], [unit("DV001")]);
    const merge = mergeTracker({ tasks: [task("NV01", "2019-12-31")] }, [unit("DV001")], existing, []);
    expect(merge.report.planChanges).toEqual([{ task: "NV01", field: "deadline", from: "2019-12-20", to: "2019-12-31" }]);
  });

  it("keeps a unit's sheet name, and never takes the name of a sheet that is not a unit's", () => {
    const existing = state([task("NV01")], [unit("DV001", "Chi bộ A")]);
    const merge = mergeTracker({ tasks: [task("NV01")] }, [unit("DV001", "Chi bộ A (mới)"), unit("DV002", "Báo cáo riêng")], existing, ["Kế hoạch"]);
    expect(merge.units.map((u) => [u.unit.code, u.sheet, u.sheetExists])).toEqual([
      ["DV001", "Chi bộ A", true],
      ["DV002", "Báo cáo riêng DV002", false],
    ]);
    expect(merge.report.unitChanges).toEqual([{ unit: "DV001", field: "name", from: "Chi bộ A", to: "Chi bộ A (mới)" }]);
    expect(merge.report.unitsAdded).toEqual(["DV002"]);
  });

  it("marks a unit gone from the list removed and keeps its sheet", () => {
    const existing = state([task("NV01")], [unit("DV001"), unit("DV002")]);
    const merge = mergeTracker({ tasks: [task("NV01")] }, [unit("DV001")], existing, []);
    expect(merge.units.map((u) => [u.unit.code, u.removed, u.sheetExists])).toEqual([
      ["DV001", false, true],
      ["DV002", true, true],
    ]);
    expect(merge.report.unitsMarkedRemoved).toEqual(["DV002"]);
  });

  it("reports duplicate codes and codes Excel would confuse by case", () => {
    const merge = mergeTracker({ tasks: [task("NV01"), task("NV01")] }, [unit("DV001"), unit("dv001"), unit("DV001")], null, []);
    expect(merge.report.problems.map((p) => p.key)).toEqual(["tracker.build.duplicateTask", "tracker.build.duplicateUnit", "tracker.build.unitCodeClash"]);
    expect(merge.tasks).toHaveLength(1);
  });

  it("counts a task row a user deleted as restored", () => {
    const existing = state([task("NV01"), task("NV02")], [unit("DV001")]);
    const sheet = existing.positions.unitSheets.get("DV001" as UnitCode)!;
    const damaged = { ...existing, positions: { ...existing.positions, unitSheets: new Map([["DV001" as UnitCode, { ...sheet, taskRows: new Map([["NV01" as TaskCode, 6]]) }]]) } };
    const merge = mergeTracker({ tasks: [task("NV01"), task("NV02")] }, [unit("DV001")], damaged, []);
    expect(merge.report.rowsRestored).toEqual([{ unit: "DV001", task: "NV02" }]);
  });
});
