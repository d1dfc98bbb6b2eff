import { parsePlanTextDetailed } from "../../src/domain/plan-text";
import { toDraft } from "../../src/taskpane/plan-draft";
import { flaggedCount, reviewOf } from "../../src/taskpane/plan-review";

/** A plan of 85 tasks, every tenth with a deadline that names no real day. */
function longPlan(): string {
  const tasks = Array.from({ length: 85 }, (_, i) =>
    i % 10 === 0
      ? `${i + 1}. Ban Tổ chức Huyện ủy: Rà soát hồ sơ đợt ${i + 1}, hoàn thành\ntrước ngày 31/02/2026.`
      : `${i + 1}. Ban Tổ chức Huyện ủy: Rà soát hồ sơ đợt ${i + 1},\n\nhoàn thành trước ngày 30/6/2026.`,
  );
  return ["HUYỆN ỦY CẨM XUYÊN", "*", "Số 96-KH/HU Cẩm Xuyên, ngày 05 tháng 6 năm 2026", "KẾ HOẠCH", "rà soát hồ sơ", "II. NHIỆM VỤ", ...tasks, "", "Nơi nhận:", "- Lưu VP."].join("\n");
}

describe("reviewing a long parsed plan", () => {
  const text = longPlan();
  const { plan, problems, taskLines } = parsePlanTextDetailed(text);
  const draft = toDraft(plan);
  const review = reviewOf(draft.tasks, taskLines, problems, text);

  it("flags exactly the tasks the parser warned about", () => {
    expect(plan.tasks).toHaveLength(85);
    expect(flaggedCount(review)).toBe(9);
    const flagged = draft.tasks.filter((t) => (review.get(t.id)?.problems.length ?? 0) > 0).map((t) => t.code);
    expect(flagged).toEqual(["NV01", "NV11", "NV21", "NV31", "NV41", "NV51", "NV61", "NV71", "NV81"]);
    expect(review.get(draft.tasks[10].id)?.problems[0]).toMatchObject({ key: "planText.deadlineInvalid", at: { field: "tasks[10]" } });
  });

  it("shows each task the source lines it came from, blank lines at the ends trimmed", () => {
    expect(review.get(draft.tasks[0].id)).toMatchObject({ first: 7, last: 8, excerpt: "1. Ban Tổ chức Huyện ủy: Rà soát hồ sơ đợt 1, hoàn thành\ntrước ngày 31/02/2026." });
    expect(review.get(draft.tasks[1].id)).toMatchObject({ first: 9, last: 11, excerpt: "2. Ban Tổ chức Huyện ủy: Rà soát hồ sơ đợt 2,\n\nhoàn thành trước ngày 30/6/2026." });
    const last = review.get(draft.tasks[84].id);
    expect(last?.excerpt).toBe("85. Ban Tổ chức Huyện ủy: Rà soát hồ sơ đợt 85,\n\nhoàn thành trước ngày 30/6/2026.");
  });

  it("shows nothing for a plan typed from scratch", () => {
    const empty = reviewOf(draft.tasks.slice(0, 1), undefined, [], "");
    expect(empty.get(draft.tasks[0].id)).toMatchObject({ excerpt: "", problems: [] });
  });
});
