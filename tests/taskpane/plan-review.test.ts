import { parsePlanTextDetailed } from "../../src/domain/plan-text";
import { toDraft } from "../../src/taskpane/plan-draft";
import { acceptTasks, everFlagged, flaggedCount, planWarnings, reviewOf, selectShown, shownSelectionState, shownTasks } from "../../src/taskpane/plan-review";

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

  it("keeps the tasks' warnings out of the list above the form, which names the plan's own", () => {
    expect(problems.filter((p) => p.key === "planText.deadlineInvalid")).toHaveLength(9);
    const above = planWarnings(problems);
    expect(above.map((p) => p.key)).toEqual(problems.filter((p) => !/^tasks\[/u.test(p.at?.field ?? "")).map((p) => p.key));
    expect(above.some((p) => p.key === "planText.deadlineInvalid")).toBe(false);
  });

  it("shows nothing for a plan typed from scratch", () => {
    const empty = reviewOf(draft.tasks.slice(0, 1), undefined, [], "");
    expect(empty.get(draft.tasks[0].id)).toMatchObject({ excerpt: "", problems: [] });
  });
});

describe("checking the flagged tasks of a long plan in bulk", () => {
  const text = longPlan();
  const { plan, problems, taskLines } = parsePlanTextDetailed(text);
  const fresh = () => {
    const draft = toDraft(plan);
    return { draft, review: reviewOf(draft.tasks, taskLines, problems, text) };
  };
  const codes = (tasks: readonly { code: string }[]) => tasks.map((t) => t.code);

  it("lists only the flagged tasks under the filter, and all of them without it", () => {
    const { draft, review } = fresh();
    expect(shownTasks(draft.tasks, review, {}, false)).toHaveLength(85);
    expect(codes(shownTasks(draft.tasks, review, {}, true))).toEqual(["NV01", "NV11", "NV21", "NV31", "NV41", "NV51", "NV61", "NV71", "NV81"]);
  });

  it("keeps a task with a field error listed under the filter though it is not flagged", () => {
    const { draft, review } = fresh();
    const shown = shownTasks(draft.tasks, review, { [`task:${draft.tasks[4].id}:deadline`]: { key: "pane.plan.required" } }, true);
    expect(codes(shown)).toContain("NV05");
    expect(shown).toHaveLength(10);
  });

  it("selects all shown tasks and leaves the hidden ones as they were", () => {
    const { draft, review } = fresh();
    const shown = shownTasks(draft.tasks, review, {}, true);
    const before = new Set([draft.tasks[1].id]);
    const all = selectShown(before, shown, true);
    expect(all.size).toBe(10);
    expect(shownSelectionState(all, shown)).toBe(true);
    const cleared = selectShown(all, shown, false);
    expect([...cleared]).toEqual([draft.tasks[1].id]);
    expect(shownSelectionState(cleared, shown)).toBe(false);
    expect(shownSelectionState(new Set([shown[3].id]), shown)).toBe("mixed");
  });

  it("clears the flags of the accepted tasks and keeps what was accepted", () => {
    const { draft, review } = fresh();
    const shown = shownTasks(draft.tasks, review, {}, true);
    const result = acceptTasks(review, draft.tasks, selectShown(new Set(), shown, true));
    expect(result.accepted).toEqual(codes(shown));
    expect(result.refused).toEqual([]);
    expect(flaggedCount(result.review)).toBe(0);
    expect(shownTasks(draft.tasks, result.review, {}, true)).toEqual([]);
    expect(result.review.get(draft.tasks[10].id)?.accepted[0]).toMatchObject({ key: "planText.deadlineInvalid", at: { field: "tasks[10]" } });
    expect(everFlagged(result.review)).toBe(true);
    // The review the form held is left as it was.
    expect(flaggedCount(review)).toBe(9);
  });

  it("does not accept a task with no text or a deadline that is not a real date, and says what it lacks", () => {
    const { draft, review } = fresh();
    draft.tasks[20] = { ...draft.tasks[20], text: "   " };
    draft.tasks[30] = { ...draft.tasks[30], deadline: "31/02/2026" };
    const shown = shownTasks(draft.tasks, review, {}, true);
    const result = acceptTasks(review, draft.tasks, selectShown(new Set(), shown, true));
    expect(result.refused).toEqual([
      { id: draft.tasks[20].id, code: "NV21", lacks: ["text"] },
      { id: draft.tasks[30].id, code: "NV31", lacks: ["deadline"] },
    ]);
    expect(result.errors).toEqual({
      [`task:${draft.tasks[20].id}:text`]: { key: "pane.plan.required" },
      [`task:${draft.tasks[30].id}:deadline`]: { key: "pane.plan.dateNoSuchDay", params: { value: "31/02/2026", day: 31, month: 2, year: 2026, days: 28 } },
    });
    expect(result.accepted).toHaveLength(7);
    expect(codes(shownTasks(draft.tasks, result.review, result.errors, true))).toEqual(["NV21", "NV31"]);
  });

  it("accepts a task once the deadline typed in its row is a real date", () => {
    const { draft, review } = fresh();
    draft.tasks[10] = { ...draft.tasks[10], deadline: "28/02/2026" };
    const result = acceptTasks(review, draft.tasks, new Set([draft.tasks[10].id, draft.tasks[12].id]));
    expect(result.accepted).toEqual(["NV11"]);
    expect(flaggedCount(result.review)).toBe(8);
  });
});
