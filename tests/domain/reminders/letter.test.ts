/**
 * The reminder's words, on the seed plan 13-KH/ĐUK as of 23/12/2019: checked against the form
 * office staff write by hand, in Vietnamese and in English.
 */
import { defaultReminderSettings, letterText, nameInSentence, reminderLetter, ReminderCounts, reminderSubject, selectReminders, shortTaskText, wordReminder, type ReminderContext, type ReminderFacts } from "../../../src/domain/reminders";
import type { IsoDate, TaskCode } from "../../../src/domain/types";
import { seedPlan } from "../../support/seed-tracker";
import { AS_OF, lateUnitCodes, NV05, reminderState } from "../../support/reminder-seed";

const d = (s: string) => s as IsoDate;
const REPLY_BY = d("2019-12-30");

function context(workingDays = false): ReminderContext {
  const plan = seedPlan();
  return {
    plan: { kind: plan.kind, docNumber: plan.docNumber, issuedOn: plan.issuedOn, subject: plan.subject },
    parentBody: plan.parentIssuer ?? "",
    issuingBody: plan.issuer ?? "",
    place: plan.place ?? "",
    workingDays,
    settings: defaultReminderSettings(plan),
  };
}

function facts(counts = new ReminderCounts()): ReminderFacts[] {
  return selectReminders({ state: reminderState(), asOf: AS_OF, scope: "late", counts });
}

describe("the letter of a unit late on NV05", () => {
  const first = facts()[0];
  const text = wordReminder(context(), first, { asOf: AS_OF, replyBy: REPLY_BY }).text;
  const lines = text.split("\n");

  it("says who writes: the plan's issuing body through its office", () => {
    expect(lines.slice(0, 3)).toEqual(["ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP", "VĂN PHÒNG", "V/v đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK"]);
  });

  it("greets the unit by its full name", () => {
    expect(lines).toContain("Kính gửi: Đảng bộ Sở Y tế");
  });

  it("refers to the plan by number, date and subject, and counts as of the date", () => {
    expect(text).toContain(
      "Thực hiện Kế hoạch số 13-KH/ĐUK ngày 02/12/2019 về thực hiện Kết luận số 50-KL ngày 30/5/2019 của Ban Bí thư “Về tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XI",
    );
    expect(text).toContain("”, tính đến ngày 23/12/2019, đơn vị còn 1 nhiệm vụ quá hạn chưa hoàn thành:");
  });

  it("lists the late task with its deadline and days late, its text shortened", () => {
    const item = lines.find((l) => l.startsWith("- NV05: "))!;
    expect(item).toMatch(/^- NV05: Trực tiếp phổ biến, quán triệt Kết luận 50-KL\/TW, .*… \(hạn 20\/12\/2019, quá hạn 3 ngày\)\.$/);
    expect(item.length).toBeLessThan(220);
    expect(item).not.toContain("nhắc lần");
  });

  it("asks for a report by the reply date and closes", () => {
    expect(text).toContain("Đề nghị Đảng bộ Sở Y tế khẩn trương thực hiện và báo cáo kết quả về Đảng Uỷ Khối Cơ Quan và Doanh Nghiệp (qua Văn phòng) trước ngày 30/12/2019.");
    expect(lines[lines.length - 1]).toBe("Trân trọng.");
  });

  it("has an email subject naming the plan and the unit", () => {
    expect(reminderSubject(context(), first)).toBe("Đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Sở Y tế");
  });
});

describe("from the second time on", () => {
  const [unit] = lateUnitCodes();
  const second = facts(new ReminderCounts([{ unit, task: NV05 }]))[0];
  const reminder = wordReminder(context(), second, { asOf: AS_OF, replyBy: REPLY_BY });

  it("marks the task and the subject (nhắc lần 2)", () => {
    expect(reminder.text).toContain("(hạn 20/12/2019, quá hạn 3 ngày) (nhắc lần 2).");
    expect(reminder.subject).toBe("Đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Sở Y tế (nhắc lần 2)");
  });
});

describe("other situations", () => {
  const base = facts()[0];
  const word = (f: ReminderFacts, c = context()) => letterText(reminderLetter(c, f, { asOf: AS_OF, replyBy: REPLY_BY }));

  it("a silent unit is told it has reported nothing", () => {
    expect(word({ ...base, silent: true })).toContain("tính đến ngày 23/12/2019, đơn vị chưa báo cáo kết quả thực hiện nhiệm vụ nào; 1 nhiệm vụ sau đã quá hạn:");
    const nothing = word({ ...base, silent: true, late: [] });
    expect(nothing).toContain("đơn vị chưa báo cáo kết quả thực hiện nhiệm vụ nào.");
    expect(nothing).toContain("Đề nghị Đảng bộ Sở Y tế khẩn trương báo cáo kết quả thực hiện về");
  });

  it("tasks due soon follow, with the days left, or due today", () => {
    const due = { code: "NV02" as TaskCode, text: "Nâng cao chất lượng trong đánh giá, nghiệm thu các công trình KH&CN", deadline: d("2019-12-27"), days: 4, round: 1 };
    const text = word({ ...base, dueSoon: [due, { ...due, code: "NV03" as TaskCode, deadline: AS_OF, days: 0 }] });
    expect(text).toContain("Nhiệm vụ sắp đến hạn:\n- NV02: Nâng cao chất lượng trong đánh giá, nghiệm thu các công trình KH&CN (hạn 27/12/2019, còn 4 ngày).");
    expect(text).toContain("- NV03: Nâng cao chất lượng trong đánh giá, nghiệm thu các công trình KH&CN (hạn 23/12/2019, đến hạn hôm nay).");
    expect(word({ ...base, late: [], dueSoon: [due] })).toContain("tính đến ngày 23/12/2019, đơn vị có 1 nhiệm vụ sắp đến hạn:");
  });

  it("days in working days say so; late by no working day yet says only that it is overdue", () => {
    expect(word({ ...base, late: [{ ...base.late[0], days: 1 }] }, context(true))).toContain("(hạn 20/12/2019, quá hạn 1 ngày làm việc)");
    expect(word({ ...base, late: [{ ...base.late[0], days: 0 }] }, context(true))).toContain("(hạn 20/12/2019, đã quá hạn)");
  });

  it("numbers are written the Vietnamese way: three years late is 1.096 days", () => {
    expect(word({ ...base, late: [{ ...base.late[0], days: 1096 }] })).toContain("quá hạn 1.096 ngày");
  });

  it("the compact form for mail links leaves out the plan's subject and cuts task texts shorter", () => {
    const compact = letterText(reminderLetter(context(), base, { asOf: AS_OF, replyBy: REPLY_BY }, "vi", true));
    expect(compact).toContain("Thực hiện Kế hoạch số 13-KH/ĐUK ngày 02/12/2019, tính đến ngày 23/12/2019");
    expect(compact.split("\n").find((l) => l.startsWith("- NV05"))!.length).toBeLessThan(120);
  });

  it("is written in English when asked", () => {
    const reminder = wordReminder(context(), base, { asOf: AS_OF, replyBy: REPLY_BY }, "en");
    expect(reminder.text).toContain("To: Đảng bộ Sở Y tế");
    expect(reminder.text).toContain("as of 23/12/2019 your unit has overdue tasks not yet completed (1):");
    expect(reminder.text).toContain("(due 20/12/2019, 3 days late).");
    expect(reminder.text).toContain("by 30/12/2019.");
    expect(reminder.subject).toBe("Reminder: Plan (Kế hoạch) No. 13-KH/ĐUK - Đảng bộ Sở Y tế");
  });
});

describe("words", () => {
  it("a body's name in capitals reads as a name inside a sentence", () => {
    expect(nameInSentence("ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP")).toBe("Đảng Uỷ Khối Cơ Quan và Doanh Nghiệp");
    expect(nameInSentence("Đảng uỷ Khối Cơ quan và Doanh nghiệp tỉnh")).toBe("Đảng uỷ Khối Cơ quan và Doanh nghiệp tỉnh");
  });

  it("every seed task's text is cut at a word, within 160 characters", () => {
    for (const task of seedPlan().tasks) {
      const short = shortTaskText(task.text);
      expect(short.length).toBeLessThanOrEqual(161);
      if (task.text.length > 160) {
        expect(short.endsWith("…")).toBe(true);
        const kept = short.slice(0, -1);
        const clean = task.text.replace(/\s+/g, " ");
        expect(clean.startsWith(kept)).toBe(true);
        // Cut where a word ends: a space or punctuation follows in the full text.
        expect(clean.charAt(kept.length)).toMatch(/[ ,;:.]/);
      } else expect(short).toBe(task.text.trim().replace(/[.;,]$/, ""));
    }
  });
});
