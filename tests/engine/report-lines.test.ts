import { emptyBuildReport } from "../../src/domain/tracker";
import type { TaskCode, UnitCode } from "../../src/domain/types";
import { t } from "../../src/i18n";
import { buildReportLines } from "../../src/engine/report-lines";

describe("the build report as the pane shows it", () => {
  it("says nothing changed for an empty report", () => {
    expect(buildReportLines(emptyBuildReport(false))).toEqual([]);
  });

  it("lists added sheets first and kept entries last, in Vietnamese and English", () => {
    const report = {
      ...emptyBuildReport(false),
      sheetsAdded: ["CB Sở Tư pháp"],
      tasksAdded: ["NV05" as TaskCode],
      tasksMarkedRemoved: ["NV02" as TaskCode],
      renamedSheets: [{ unit: "DV003" as UnitCode, from: "Sheet3", to: "CB Sở Y tế" }],
      planChanges: [{ task: "NV01" as TaskCode, field: "deadline", from: "20/12/2019", to: "31/12/2019" }],
      userEntriesKept: 12,
    };
    const lines = buildReportLines(report);
    expect(lines.map((l) => l.key)).toEqual([
      "pane.report.sheetsAdded",
      "pane.report.tasksAdded",
      "pane.report.tasksMarkedRemoved",
      "pane.report.sheetRenamed",
      "pane.report.taskChanged",
      "pane.report.entriesKept",
    ]);
    expect(lines.map((l) => t(l.key, l.params, "vi"))).toEqual([
      "Đã thêm 1 trang: CB Sở Tư pháp.",
      "Nhiệm vụ mới (1): NV05.",
      'Nhiệm vụ không còn trong kế hoạch, đã đánh dấu "Đã bỏ" (dữ liệu giữ nguyên): NV02.',
      'Trang của đơn vị DV003 đã đổi tên từ "Sheet3" thành "CB Sở Y tế".',
      'Nhiệm vụ NV01, deadline: "20/12/2019" → "31/12/2019".',
      "Giữ nguyên 12 dòng dữ liệu đã nhập.",
    ]);
    expect(t(lines[5].key, lines[5].params, "en")).toBe("Kept 12 rows of entered data.");
  });
});
