import { sheetNameKey } from "../../../src/layout/excel-rules";
import type { TaskStatus, UnitCode } from "../../../src/domain/types";
import { savePlanSheetChange, trackerBuildChange, saveUnitsSheetChange } from "../../../src/layout/tracker";
import { GridWorkbook } from "./support/grid-workbook";
import { TODAY, plan, readBack, task, unit } from "./support/tracker-fixtures";

async function fresh(tasks = [task(1, "2019-12-20"), task(2), task(3, "2020-01-31")], units = [unit(1), unit(2), unit(3)]) {
  const book = new GridWorkbook();
  const built = trackerBuildChange({ plan: plan(tasks), units, existing: null, today: TODAY });
  book.apply(built.change);
  return { book, built, tasks, units };
}

describe("a fresh tracker", () => {
  it("has the sheets of docs/workbook-layout.md, the unit sheets and a very hidden _meta", async () => {
    const { book } = await fresh();
    const names = book.sheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(["Kế hoạch", "Đơn vị", "Tổng quan"]);
    expect(names).toEqual(expect.arrayContaining(["Chi bộ Sở số 1", "Chi bộ Sở số 2", "Đảng bộ Sở số 3".replace("Đảng bộ", "Chi bộ"), "Ngày nghỉ", "_meta"]));
    expect(book.sheet("_meta").visibility).toBe("veryHidden");
    expect(book.find("_mau_so_don_vi")).toBeUndefined();
  });

  it("makes every unit sheet a copy of one template with only the unit's own cells", async () => {
    const { built } = await fresh();
    const copies = built.change.ops.filter((op) => op.op === "copySheet");
    expect(copies).toHaveLength(3);
    for (const op of copies) {
      if (op.op !== "copySheet") continue;
      expect(op.copy.template).toBe("_mau_so_don_vi");
      expect(op.copy.content.cells?.map((b) => b.at)).toEqual(["A1", "B3"]);
    }
    expect(built.change.dropTemplates).toEqual(["_mau_so_don_vi"]);
  });

  it("reads back the plan and units it wrote, with no problems", async () => {
    const { book, tasks, units } = await fresh();
    const { state, problems } = await readBack(book);
    expect(problems).toEqual([]);
    expect(state?.plan.tasks).toEqual(tasks);
    expect(state?.plan.references).toEqual(plan(tasks).references);
    expect(state?.plan.signer).toEqual(plan(tasks).signer);
    expect(state?.units).toEqual(units);
    expect(state?.entries).toEqual([]);
    expect(state?.settings.asOf).toBeNull();
  });

  it("looks the task text and deadline up on the plan sheet by code, not by copying them", async () => {
    const { book } = await fresh();
    const sheet = "Chi bộ Sở số 1";
    expect(book.get(sheet, 6, 1)).toBe("NV01");
    expect(book.formulaAt(sheet, 6, 2)).toContain("MATCH($A6,NV_Ma,0)");
    expect(book.formulaAt(sheet, 6, 3)).toContain("INDEX(NV_Han,MATCH($A6,NV_Ma,0))");
    expect(book.formulaAt(sheet, 6, 11)).toMatch(/^=INDEX\(DS_KetQua,/);
    expect(book.get(sheet, 3, 2)).toBe("DV001");
    expect(book.get(sheet, 1, 1)).toBe("Chi bộ Sở số 1");
  });

  it("defines every name the formulas use", async () => {
    const { book } = await fresh();
    const used = new Set<string>();
    for (const sheet of book.sheets) {
      for (const cell of sheet.cells.values()) {
        for (const m of cell.formula?.matchAll(/\b([A-Z]{2}\d*_[A-Za-z0-9_.]+|NgayNghi)\b/g) ?? []) used.add(m[1].toLowerCase());
      }
    }
    for (const name of used) expect(book.names.has(name)).toBe(true);
  });

  it("links each unit in Đơn vị and Tổng quan to its sheet", async () => {
    const { book } = await fresh();
    const links = [...book.sheet("Đơn vị").hyperlinks.values()].map((l) => l.sheet);
    expect(links).toEqual(["Chi bộ Sở số 1", "Chi bộ Sở số 2", "Chi bộ Sở số 3"]);
    expect([...book.sheet("Tổng quan").hyperlinks.values()].map((l) => l.sheet)).toEqual(links);
  });

  it("writes hostile unit names as text and still names their sheets by Excel's rules", async () => {
    const hostile = [unit(1, '=HYPERLINK("http://x.example/a","b")'), unit(2, "+84 912 345 678"), unit(3, "History"), unit(4, "@SUM(A1)")];
    const { built, book } = await fresh(undefined, hostile);
    for (const op of built.change.ops) {
      if (op.op !== "copySheet") continue;
      expect(op.copy.content.cells?.[0].rows[0][0].kind).toBe("text");
    }
    const { state } = await readBack(book);
    expect(state?.units.map((u) => u.name)).toEqual(hostile.map((u) => u.name));
    expect(state?.sheets.get("DV003" as UnitCode)).toBe("History DV003");
  });
});

describe("rebuilding", () => {
  it("changes nothing when built again with the same input", async () => {
    const { book, tasks, units } = await fresh();
    const { state } = await readBack(book);
    const again = trackerBuildChange({ plan: plan(tasks), units, existing: state, today: TODAY });
    expect(again.change.ops).toEqual([]);
  });

  it("keeps a user's status when a task is added", async () => {
    const { book, tasks, units } = await fresh();
    book.type("Chi bộ Sở số 2", 7, 4, "Hoàn thành");
    book.type("Chi bộ Sở số 2", 7, 5, 43810);
    const { state } = await readBack(book);
    const more = [...tasks, task(4, "2020-03-01")];
    const rebuilt = trackerBuildChange({ plan: plan(more), units, existing: state, today: TODAY });
    expect(rebuilt.report.tasksAdded).toEqual(["NV04"]);
    book.apply(rebuilt.change);
    const after = await readBack(book);
    expect(after.state?.entries).toEqual(state?.entries);
    expect(book.get("Chi bộ Sở số 2", 9, 1)).toBe("NV04");
    expect(book.get("Kế hoạch", 20, 1)).toBe("NV04");
    expect(book.sheet("Chi bộ Sở số 2").tables.get("So_DV002")).toBe("A5:L9");
  });

  it("marks a task gone from the plan as removed and keeps what units typed for it", async () => {
    const { book, tasks, units } = await fresh();
    book.type("Chi bộ Sở số 1", 6, 11 - 2, "Đã phổ biến 30 người");
    const { state } = await readBack(book);
    const rebuilt = trackerBuildChange({ plan: plan(tasks.slice(1)), units, existing: state, today: TODAY });
    expect(rebuilt.report.tasksMarkedRemoved).toEqual(["NV01"]);
    book.apply(rebuilt.change);
    expect(book.get("Kế hoạch", 17, 6)).toBe("Đã bỏ");
    const after = await readBack(book);
    expect(after.state?.removedTasks.map((t) => t.code)).toEqual(["NV01"]);
    expect(after.state?.entries).toEqual(state?.entries);
  });

  it("gives a unit typed into Đơn vị its own sheet on the next rebuild", async () => {
    const { book, tasks } = await fresh();
    book.type("Đơn vị", 8, 1, "DV009");
    book.type("Đơn vị", 8, 2, "Chi bộ Trường Chính trị");
    book.type("Đơn vị", 8, 3, "chi bo");
    const { state, problems } = await readBack(book);
    expect(problems).toEqual([]);
    const rebuilt = trackerBuildChange({ plan: plan(tasks), units: state!.units, existing: state, today: TODAY });
    expect(rebuilt.report.unitsAdded).toEqual(["DV009"]);
    book.apply(rebuilt.change);
    expect(book.get("Chi bộ Trường Chính trị", 3, 2)).toBe("DV009");
    expect(book.sheet("Đơn vị").hyperlinks.get("G8")?.sheet).toBe("Chi bộ Trường Chính trị");
    const again = trackerBuildChange({ plan: plan(tasks), units: state!.units, existing: (await readBack(book)).state, today: TODAY });
    expect(again.change.ops).toEqual([]);
  });

  it("follows a renamed unit sheet by its unit-code cell and re-points the links", async () => {
    const { book, tasks, units } = await fresh();
    book.type("Chi bộ Sở số 2", 6, 4, "Đang thực hiện");
    book.renameSheet("Chi bộ Sở số 2", "Sở 2 (đổi tên)");
    const { state, problems } = await readBack(book);
    expect(problems.map((p) => p.key)).toEqual(["tracker.read.sheetRenamed"]);
    expect(state?.entries.map((e) => [e.unit, e.task, e.status])).toEqual([["DV002", "NV01", "Đang thực hiện"]]);
    const rebuilt = trackerBuildChange({ plan: plan(tasks), units, existing: state, today: TODAY });
    expect(rebuilt.report.renamedSheets).toEqual([{ unit: "DV002", from: "Chi bộ Sở số 2", to: "Sở 2 (đổi tên)" }]);
    book.apply(rebuilt.change);
    expect(book.sheet("Đơn vị").hyperlinks.get("G6")?.sheet).toBe("Sở 2 (đổi tên)");
    expect(book.find("Chi bộ Sở số 2")).toBeUndefined();
  });

  it("reads entries by header after a user moves columns, and writes new rows where the columns now are", async () => {
    const { book, tasks, units } = await fresh();
    const sheet = "Chi bộ Sở số 1";
    book.type(sheet, 8, 4, "Hoàn thành");
    book.type(sheet, 8, 10, "Ghi chú của đơn vị");
    book.moveColumn(sheet, 10, 2);
    const { state, problems } = await readBack(book);
    expect(problems.some((p) => p.key === "tracker.read.columnMoved")).toBe(true);
    expect(state?.entries).toEqual([
      { unit: "DV001", task: "NV03", status: "Hoàn thành", completedOn: null, measures: {}, reportRef: null, note: "Ghi chú của đơn vị" },
    ]);
    const rebuilt = trackerBuildChange({ plan: plan([...tasks, task(4)]), units, existing: state, today: TODAY });
    book.apply(rebuilt.change);
    expect(book.get(sheet, 9, 1)).toBe("NV04");
    // Note moved from J to B: text is now C, deadline D, status E, completion date F.
    expect(book.formulaAt(sheet, 9, 3)).toContain("INDEX(NV_ND,MATCH($A9,NV_Ma,0))");
    expect(book.formulaAt(sheet, 9, 4)).toMatch(/^=IF\(COUNT\(INDEX\(NV_Han,MATCH\(\$A9,NV_Ma,0\)\)\)/);
    expect(book.formulaAt(sheet, 9, 11)).toMatch(/^=INDEX\(DS_KetQua,/);
    expect(book.formulaAt(sheet, 9, 11)).toContain("MATCH($E9,DS_TrangThai,0)");
    expect(book.get(sheet, 9, 2)).toBeNull();
  });

  it("matches entries by task code after a user sorts the unit's table", async () => {
    const { book } = await fresh();
    const sheet = "Chi bộ Sở số 3";
    book.type(sheet, 6, 4, "Hoàn thành");
    book.type(sheet, 6, 5, 43819);
    book.permuteRows(sheet, 6, 8, [2, 0, 1]);
    const { state } = await readBack(book);
    expect(state?.entries).toEqual([
      { unit: "DV003", task: "NV01", status: "Hoàn thành", completedOn: "2019-12-20", measures: {}, reportRef: null, note: null },
    ]);
  });

  it("reports a deleted task row and puts the row back", async () => {
    const { book, tasks, units } = await fresh();
    book.deleteRow("Chi bộ Sở số 1", 7);
    const { state, problems } = await readBack(book);
    expect(problems).toContainEqual({ key: "tracker.read.rowMissing", params: { sheet: "Chi bộ Sở số 1", task: "NV02" }, at: { sheet: "Chi bộ Sở số 1" } });
    const rebuilt = trackerBuildChange({ plan: plan(tasks), units, existing: state, today: TODAY });
    expect(rebuilt.report.rowsRestored).toEqual([{ unit: "DV001", task: "NV02" }]);
    book.apply(rebuilt.change);
    expect(book.get("Chi bộ Sở số 1", 8, 1)).toBe("NV02");
  });

  it("leaves a user's own column alone and says so", async () => {
    const { book, tasks, units } = await fresh();
    book.type("Chi bộ Sở số 1", 5, 13, "Người theo dõi");
    book.type("Chi bộ Sở số 1", 6, 13, "Chị Lan");
    const { state, problems } = await readBack(book);
    expect(problems.map((p) => p.key)).toEqual(["tracker.read.extraColumn"]);
    const rebuilt = trackerBuildChange({ plan: plan([...tasks, task(4)]), units, existing: state, today: TODAY });
    expect(rebuilt.report.extraColumnsKept).toEqual([{ sheet: "Chi bộ Sở số 1", header: "Người theo dõi" }]);
    book.apply(rebuilt.change);
    expect(book.get("Chi bộ Sở số 1", 6, 13)).toBe("Chị Lan");
    expect(book.sheet("Chi bộ Sở số 1").tables.get("So_DV001")).toBe("A5:M9");
  });

  it("names the cell of a deadline typed as text that is not a date", async () => {
    const { book } = await fresh();
    book.type("Kế hoạch", 18, 3, "31/02/2020");
    const { problems } = await readBack(book);
    expect(problems).toEqual([{ key: "tracker.read.badDate", params: { value: "31/02/2020" }, at: { sheet: "Kế hoạch", cell: "C18" } }]);
  });

  it("keeps a unit gone from the list, marked removed, with its sheet and entries", async () => {
    const { book, tasks, units } = await fresh();
    book.type("Chi bộ Sở số 3", 6, 4, "Không áp dụng" as TaskStatus);
    const { state } = await readBack(book);
    const rebuilt = trackerBuildChange({ plan: plan(tasks), units: units.slice(0, 2), existing: state, today: TODAY });
    expect(rebuilt.report.unitsMarkedRemoved).toEqual(["DV003"]);
    book.apply(rebuilt.change);
    expect(book.get("Đơn vị", 7, 8)).toBe("Đã bỏ");
    const after = await readBack(book);
    expect(after.state?.removedUnits.map((u) => u.code)).toEqual(["DV003"]);
    expect(after.state?.entries).toEqual(state?.entries);
    expect(book.find("Chi bộ Sở số 3")).toBeDefined();
    expect(sheetNameKey(book.sheets[2].name)).toBe(sheetNameKey("Tổng quan"));
  });
});

describe("the input sheets before the first build", () => {
  it("builds the tracker around a Kế hoạch and a Đơn vị sheet that users filled in", async () => {
    const book = new GridWorkbook();
    const empty = { ...plan([]), docNumber: "", subject: "", references: [], signer: null, recipients: [], place: null, issuer: null, parentIssuer: null, issuedOn: null };
    book.apply(savePlanSheetChange(empty, null));
    book.apply(saveUnitsSheetChange([], (await readBack(book)).state));
    book.type("Kế hoạch", 2, 2, "05-KH/ĐU");
    book.type("Kế hoạch", 17, 1, "NV01");
    book.type("Kế hoạch", 17, 2, "Tổ chức hội nghị quán triệt");
    book.type("Kế hoạch", 17, 3, "20/12/2019");
    book.type("Đơn vị", 5, 1, "DV001");
    book.type("Đơn vị", 5, 2, "Chi bộ Sở Tư pháp");
    const inputs = await readBack(book);
    expect(inputs.problems).toEqual([{ key: "tracker.read.dateAsText", params: { value: "20/12/2019" }, at: { sheet: "Kế hoạch", cell: "C17" } }]);
    book.type("Kế hoạch", 17, 3, 43819);
    const { state, problems } = await readBack(book);
    expect(problems).toEqual([]);
    expect(state?.plan.tasks.map((t) => [t.code, t.deadline])).toEqual([["NV01", "2019-12-20"]]);
    const built = trackerBuildChange({ plan: state!.plan, units: state!.units, existing: state, today: TODAY });
    expect(built.change.ops.filter((op) => op.op === "addSheet").map((op) => (op.op === "addSheet" ? op.sheet.name : ""))).toEqual([
      "Ngày nghỉ",
      "_meta",
      "_mau_so_don_vi",
      "Tổng quan",
    ]);
    book.apply(built.change);
    expect(book.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Đơn vị", "Tổng quan", "Chi bộ Sở Tư pháp", "Ngày nghỉ", "_meta"]);
    const after = await readBack(book);
    expect(after.problems).toEqual([]);
    expect(after.state?.sheets.get("DV001" as UnitCode)).toBe("Chi bộ Sở Tư pháp");
    expect(trackerBuildChange({ plan: after.state!.plan, units: after.state!.units, existing: after.state, today: TODAY }).change.ops).toEqual([]);
  });
});
