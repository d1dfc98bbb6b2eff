import { chooseDeadline, findDeadlines } from "../../../src/domain/plan-text/deadline-phrases";
import type { IsoDate } from "../../../src/domain/types";

const dated = (iso: string) => iso as IsoDate;
const ISSUED = dated("2019-12-02");

describe("reading deadlines from the phrasings documents use", () => {
  it.each([
    ["(hoàn thành trước ngày 20/12/2019), đồng thời báo cáo", "2019-12-20"],
    ["chậm nhất ngày 28 tháng 02 năm 2020", "2020-02-28"],
    ["chậm nhất là ngày 15/3/2020", "2020-03-15"],
    ["hoàn thành trong tháng 4/2020", "2020-04-30"],
    ["hoàn thành trong tháng 2 năm 2020", "2020-02-29"],
    ["trong quý II/2020", "2020-06-30"],
    ["Thời gian: Quý I năm 2020", "2020-03-31"],
    ["thời gian hoàn thành: tháng 9/2020", "2020-09-30"],
    ["trước ngày 30-9-2020", "2020-09-30"],
    ["hạn chót ngày 15.10.2020", "2020-10-15"],
    ["hoàn thành trong 6 tháng đầu năm 2020", "2020-06-30"],
    ["hoàn thành trong năm 2020", "2020-12-31"],
    ["trong vòng 15 ngày kể từ ngày ký", "2019-12-17"],
    ["trong tháng 12", "2019-12-31"],
  ])("%s → %s", (text, expected) => {
    expect(chooseDeadline(text, ISSUED, "NV01", { line: 1 })).toEqual({ deadline: expected, problems: [] });
  });

  it("takes a day and month without a year from the document's date", () => {
    expect(chooseDeadline("báo cáo trước 30/6", dated("2020-01-15"), "NV04", {}).deadline).toBe("2020-06-30");
  });

  it("reads a day already past in the document's year as the next year, and says so", () => {
    const result = chooseDeadline("báo cáo trước ngày 15/01", ISSUED, "NV02", { line: 7 });
    expect(result.deadline).toBe("2020-01-15");
    expect(result.problems).toEqual([
      { key: "planText.deadlineNextYear", params: { task: "NV02", value: "trước ngày 15/01", year: "2020" }, at: { line: 7 } },
    ]);
  });

  it("reports a date that does not exist instead of guessing one", () => {
    const result = chooseDeadline("hoàn thành trước ngày 31/02/2020", ISSUED, "NV01", { line: 3 });
    expect(result.deadline).toBeNull();
    expect(result.problems.map((p) => p.key)).toEqual(["planText.deadlineInvalid"]);
  });

  it("reports a deadline without a year when the document has no date", () => {
    const result = chooseDeadline("trước 30/6", null, "NV01", {});
    expect(result.deadline).toBeNull();
    expect(result.problems.map((p) => p.key)).toEqual(["planText.deadlineNoYear"]);
  });

  it("does not compute working days, but says the deadline was left empty", () => {
    const result = chooseDeadline("trong vòng 10 ngày làm việc kể từ ngày ký", ISSUED, "NV01", {});
    expect(result).toEqual({ deadline: null, problems: [expect.objectContaining({ key: "planText.deadlineWorkingDays" })] });
  });

  it("takes the latest of several deadlines and lists them all", () => {
    const result = chooseDeadline("chi bộ xong trong quý I/2020; đảng bộ cơ sở hoàn thành trong quý II/2020", ISSUED, "NV03", {});
    expect(result.deadline).toBe("2020-06-30");
    expect(result.problems[0].params).toMatchObject({ values: "31/03/2020, 30/06/2020", date: "30/06/2020" });
  });

  it.each([
    "Kế hoạch số 206-KH/TU ngày 13/11/2019 của Ban Thường vụ",
    "tổ chức cho 1.250 lượt cán bộ trước 1.000 người",
    "báo cáo định kỳ 6 tháng, 1 năm",
    "chậm nhất vào ngày 20 của tháng cuối quý",
    "trước hết là người đứng đầu",
  ])("finds no deadline in %s", (text) => {
    expect(findDeadlines(text, ISSUED)).toEqual([]);
  });
});
