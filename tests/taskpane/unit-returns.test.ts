import type { TaskCode, Unit, UnitCode } from "../../src/domain/types";
import type { FieldChange } from "../../src/domain/unit-return";
import type { UnitReturnsPreview } from "../../src/taskpane/pane-engine";
import { changesByTask, choiceTotals, importChoice, initialChoice, returnsSummary, shownValue, withAllUnits, withConflict, withUnit } from "../../src/taskpane/unit-returns";

const unit = (code: string, name: string): Unit => ({ code: code as UnitCode, name, kind: "chi bộ", head: null, email: null, members: null });
const A = unit("DV001", "Đảng bộ Văn phòng Ủy ban nhân dân tỉnh");
const B = unit("DV002", "Chi bộ Sở Tư pháp");
const C = unit("DV003", "Chi bộ Ban Quản lý Khu kinh tế");

function change(u: Unit, task: string, field: FieldChange["field"], decision: FieldChange["decision"], returned: FieldChange["returned"], current: FieldChange["current"] = null): FieldChange {
  return { unit: u.code, task: task as TaskCode, field, decision, exported: decision === "conflict" ? null : current, returned, current };
}

const conflictB = change(B, "NV03", "note", "conflict", "Đơn vị ghi", "Văn phòng ghi");
const preview: UnitReturnsPreview = {
  files: [
    { file: "Bao-cao-DV001.xlsx", unit: A, refused: [], changes: [change(A, "NV01", "status", "changed", "Hoàn thành", "Đang thực hiện"), change(A, "NV01", "completedOn", "new", "2019-12-18"), change(A, "NV02", "note", "new", "Đã xây dựng kế hoạch")] },
    { file: "Bao-cao-DV002.xlsx", unit: B, refused: [], changes: [change(B, "NV01", "measure:total", "new", 25), conflictB] },
    { file: "Bao-cao-DV003.xls", unit: null, refused: [{ key: "unitFile.notXlsx", params: { ext: ".xls" } }], changes: [] },
    { file: "Bao-cao-DV003.xlsx", unit: C, refused: [], changes: [] },
  ],
  fields: { status: "Trạng thái", completedOn: "Ngày hoàn thành", note: "Ghi chú", "measure:total": "Tổng số CB, ĐV" },
};

describe("the choice of what a unit import writes", () => {
  it("counts the files taken and refused, and the changes apart from the conflicts", () => {
    expect(returnsSummary(preview)).toEqual({ files: 4, taken: 3, refused: 1, changes: 4, conflicts: 1 });
  });

  it("ticks at first every unit with something to write, and no conflict", () => {
    const choice = initialChoice(preview);
    expect([...choice.units]).toEqual(["DV001", "DV002"]);
    expect(choiceTotals(preview, choice)).toEqual({ cells: 4, units: 2 });
  });

  it("writes a conflict only once it is ticked, and ticking it takes its unit", () => {
    const none = withUnit(initialChoice(preview), B.code, false);
    expect(choiceTotals(preview, none)).toEqual({ cells: 3, units: 1 });
    const ticked = withConflict(none, conflictB, true);
    expect([...ticked.units]).toEqual(["DV001", "DV002"]);
    expect(choiceTotals(preview, ticked)).toEqual({ cells: 5, units: 2 });
    expect(importChoice(ticked).conflicts).toHaveLength(1);
    expect(choiceTotals(preview, withConflict(ticked, conflictB, false))).toEqual({ cells: 4, units: 2 });
  });

  it("writes nothing of a unit left out, even its ticked conflict", () => {
    const ticked = withConflict(initialChoice(preview), conflictB, true);
    expect(choiceTotals(preview, withUnit(ticked, B.code, false))).toEqual({ cells: 3, units: 1 });
    expect(choiceTotals(preview, withAllUnits(preview, ticked, false))).toEqual({ cells: 0, units: 0 });
    expect(choiceTotals(preview, withAllUnits(preview, withAllUnits(preview, ticked, false), true))).toEqual({ cells: 5, units: 2 });
  });

  it("groups a unit's changes by task and shows values as a reader writes them", () => {
    expect(changesByTask(preview.files[0].changes).map((g) => [g.task, g.changes.length])).toEqual([
      ["NV01", 2],
      ["NV02", 1],
    ]);
    expect(shownValue("2019-12-18", "completedOn", "(trống)")).toBe("18/12/2019");
    expect(shownValue(1250, "measure:total", "(trống)")).toBe("1.250");
    expect(shownValue(null, "note", "(trống)")).toBe("(trống)");
    expect(shownValue("Hoàn thành", "status", "(trống)")).toBe('"Hoàn thành"');
  });
});
