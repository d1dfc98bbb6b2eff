import type { Unit, UnitCode } from "../../src/domain/types";
import { changesSheet, planUnitImport } from "../../src/taskpane/unit-import-plan";

const unit = (code: string, name: string, extra: Partial<Unit> = {}): Unit => ({ code: code as UnitCode, name, kind: "chi bộ", head: null, email: null, members: null, ...extra });

describe("what importing a unit list does to the Đơn vị sheet", () => {
  const sheet = {
    units: [unit("DV001", "Chi bộ A", { head: "Trần Văn B" }), unit("DV002", "Chi bộ B"), unit("DV003", "Chi bộ C")],
    removedUnits: [unit("DV009", "Chi bộ cũ")],
  };

  it("adds new codes, updates the fields that differ, and keeps units the file does not list", () => {
    const plan = planUnitImport(sheet, [unit("DV002", "Chi bộ B"), unit("DV001", "Chi bộ A", { head: "Lê Thị C", members: 12 }), unit("DV010", "Chi bộ mới")]);
    expect(plan.added.map((u) => u.code)).toEqual(["DV010"]);
    expect(plan.updated).toEqual([
      {
        unit: unit("DV001", "Chi bộ A", { head: "Lê Thị C", members: 12 }),
        restored: false,
        changes: [
          { field: "head", from: "Trần Văn B", to: "Lê Thị C" },
          { field: "members", from: null, to: 12 },
        ],
      },
    ]);
    expect(plan.unchanged.map((u) => u.code)).toEqual(["DV002"]);
    expect(plan.kept.map((u) => u.code)).toEqual(["DV003"]);
    // The whole list is saved, so the unit the file leaves out is not marked removed.
    expect(plan.units.map((u) => [u.code, u.head])).toEqual([
      ["DV001", "Lê Thị C"],
      ["DV002", null],
      ["DV003", null],
      ["DV010", null],
    ]);
    expect(changesSheet(plan)).toBe(true);
  });

  it("brings back a unit the sheet marks removed when the file lists it, and leaves other removed units removed", () => {
    const plan = planUnitImport(sheet, [unit("DV009", "Chi bộ cũ")]);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([{ unit: unit("DV009", "Chi bộ cũ"), changes: [], restored: true }]);
    expect(plan.units.map((u) => u.code)).toEqual(["DV001", "DV002", "DV003", "DV009"]);
    expect(planUnitImport(sheet, [unit("DV001", "Chi bộ A", { head: "Trần Văn B" })]).units.map((u) => u.code)).not.toContain("DV009");
  });

  it("has nothing to write when the sheet already holds the file's units", () => {
    const plan = planUnitImport(sheet, [unit("DV003", "Chi bộ C"), unit("DV001", "Chi bộ A", { head: "Trần Văn B" })]);
    expect(changesSheet(plan)).toBe(false);
    expect(plan.unchanged).toHaveLength(2);
  });

  it("adds every unit to a sheet that has none yet", () => {
    const plan = planUnitImport({ units: [], removedUnits: [] }, [unit("DV1", "A"), unit("DV2", "B")]);
    expect(plan.added.map((u) => u.code)).toEqual(["DV1", "DV2"]);
    expect(plan.units.map((u) => u.code)).toEqual(["DV1", "DV2"]);
  });
});
