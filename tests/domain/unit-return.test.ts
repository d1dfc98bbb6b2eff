import type { UnitTaskEntry } from "../../src/domain/tracker";
import type { IsoDate, TaskCode, UnitCode } from "../../src/domain/types";
import { changeKey, changesToApply, diffUnitReturn, taskListChecksum, unitFileName, unitNamedByFile, type ReturnCompare } from "../../src/domain/unit-return";

const U = "DV001" as UnitCode;
const NV01 = "NV01" as TaskCode;
const measures = [{ key: "total", label: "Tổng số", kind: "number" as const }];

function entry(fields: Partial<UnitTaskEntry>): UnitTaskEntry {
  return { unit: U, task: NV01, status: null, completedOn: null, measures: {}, reportRef: null, note: null, ...fields };
}

function compare(exported: Partial<UnitTaskEntry> | null, returned: Partial<UnitTaskEntry> | null, current: Partial<UnitTaskEntry> | null): ReturnType<typeof diffUnitReturn> {
  const map = (e: Partial<UnitTaskEntry> | null) => new Map(e ? [[NV01, entry(e)]] : []);
  const input: ReturnCompare = { unit: U, tasks: [NV01], measures, exported: map(exported), returned: map(returned), current: map(current) };
  return diffUnitReturn(input);
}

describe("diffUnitReturn", () => {
  it("takes what the unit typed into a blank field as new", () => {
    expect(compare(null, { status: "Hoàn thành", measures: { total: 12 } }, null).map((c) => [c.field, c.decision, c.returned])).toEqual([
      ["status", "new", "Hoàn thành"],
      ["measure:total", "new", 12],
    ]);
  });

  it("takes what the unit changed when staff left the field as exported", () => {
    const [change] = compare({ status: "Đang thực hiện" }, { status: "Hoàn thành" }, { status: "Đang thực hiện" });
    expect(change).toMatchObject({ field: "status", decision: "changed", current: "Đang thực hiện", returned: "Hoàn thành" });
  });

  it("keeps what staff typed since the export when the unit did not touch the field", () => {
    expect(compare({ note: "a" }, { note: "a" }, { note: "staff" })).toEqual([]);
  });

  it("marks a field both changed differently as a conflict, applied only when asked", () => {
    const changes = compare({ note: "a" }, { note: "unit" }, { note: "staff" });
    expect(changes.map((c) => c.decision)).toEqual(["conflict"]);
    expect(changesToApply(changes, { conflicts: false })).toEqual([]);
    expect(changesToApply(changes, { conflicts: true })).toHaveLength(1);
  });

  it("finds nothing when the tracker already holds what the file returns (a second import)", () => {
    expect(compare(null, { status: "Hoàn thành", note: " x " }, { status: "Hoàn thành", note: "x" })).toEqual([]);
  });

  it("takes a field the unit cleared", () => {
    expect(compare({ reportRef: "1-BC" }, {}, { reportRef: "1-BC" })).toMatchObject([{ field: "reportRef", decision: "changed", returned: null }]);
  });
});

describe("changesToApply with the office's choice per unit and per conflict", () => {
  const U2 = "DV002" as UnitCode;
  const NV02 = "NV02" as TaskCode;
  const of = (unit: UnitCode, task: TaskCode, field: "status" | "note", decision: "new" | "changed" | "conflict") =>
    ({ unit, task, field, decision, exported: decision === "new" ? null : "a", returned: "unit", current: decision === "conflict" ? "staff" : decision === "new" ? null : "a" }) as const;
  const changes = [of(U, NV01, "status", "new"), of(U, NV01, "note", "conflict"), of(U, NV02, "note", "conflict"), of(U2, NV01, "status", "changed"), of(U2, NV02, "note", "conflict")];
  const picked = (choice: Parameters<typeof changesToApply>[1]) => changesToApply(changes, choice).map((c) => `${c.unit} ${c.task} ${c.field}`);

  it("takes only the units ticked, and none of their conflicts unless each is ticked", () => {
    expect(picked({ units: [U2], conflicts: false })).toEqual(["DV002 NV01 status"]);
    expect(picked({ units: [U], conflicts: [changeKey(changes[2])] })).toEqual(["DV001 NV01 status", "DV001 NV02 note"]);
  });

  it("does not write a ticked conflict of a unit left out", () => {
    expect(picked({ units: [U], conflicts: [changeKey(changes[4])] })).toEqual(["DV001 NV01 status"]);
  });

  it("takes every unit when none are named, as the command line does", () => {
    expect(picked({ conflicts: true })).toHaveLength(5);
    expect(picked({ conflicts: false })).toEqual(["DV001 NV01 status", "DV002 NV01 status"]);
  });
});

describe("taskListChecksum", () => {
  const tasks = [
    { code: NV01, deadline: null },
    { code: "NV02" as TaskCode, deadline: "2019-12-20" as IsoDate },
  ];
  it("changes with a code, a deadline or the order", () => {
    const base = taskListChecksum(tasks);
    expect(taskListChecksum([...tasks])).toBe(base);
    expect(taskListChecksum([tasks[0], { ...tasks[1], code: "NV03" as TaskCode }])).not.toBe(base);
    expect(taskListChecksum([tasks[0], { ...tasks[1], deadline: "2019-12-21" as IsoDate }])).not.toBe(base);
    expect(taskListChecksum([tasks[1], tasks[0]])).not.toBe(base);
  });
});

describe("unit file names", () => {
  it("are ASCII with the unit code", () => {
    expect(unitFileName({ code: "DV004", name: "Đảng bộ Sở Y tế" })).toBe("Bao-cao-DV004-Dang-bo-So-Y-te.xlsx");
  });

  it("name the unit they were written for, the longest code first", () => {
    const codes = ["DV1", "DV1-A", "DV2"];
    expect(unitNamedByFile("Bao-cao-DV1-A-Chi-bo.xlsx", codes)).toBe("DV1-A");
    expect(unitNamedByFile("Bao-cao-DV1-Chi-bo.xlsx", codes)).toBe("DV1");
    expect(unitNamedByFile("bao cao thang 12.xlsx", codes)).toBeNull();
  });
});
