import type { IsoDate, Plan, TaskCode } from "../../src/domain/types";
import { emptyPlan } from "../../src/domain/types";
import { t } from "../../src/i18n";
import { fromDraft, newTask, readTypedDate, taskFieldErrors, toDraft, typedDateError } from "../../src/taskpane/plan-draft";

const plan: Plan = {
  docNumber: "13-KH/ĐUK",
  kind: "KH",
  issuedOn: "2019-12-02" as IsoDate,
  place: "Đồng Xoài",
  parentIssuer: "TỈNH ỦY BÌNH PHƯỚC",
  issuer: "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
  subject: "Thực hiện Kết luận số 50-KL/TW",
  references: [{ docNumber: "50-KL/TW", date: "2019-05-30" as IsoDate, issuer: "Ban Bí thư" }, { docNumber: "206-KH/TU" }],
  tasks: [
    { code: "NV01" as TaskCode, text: "Quán triệt Kết luận", deadline: "2019-12-20" as IsoDate, assignee: "Các chi bộ", section: "III. TỔ CHỨC THỰC HIỆN" },
    { code: "NV02" as TaskCode, text: "Báo cáo kết quả", deadline: null, assignee: null, section: null },
  ],
  signer: { authority: "T/M BAN THƯỜNG VỤ", title: "BÍ THƯ", name: "Nguyễn Văn A" },
  recipients: ["Tỉnh ủy", "Lưu VP"],
  settings: { dueSoonDays: 5 },
  warnings: ["kept aside"],
};

describe("the plan form's draft", () => {
  it("shows dates as dd/mm/yyyy and gives the same plan back when nothing is edited", () => {
    const draft = toDraft(plan);
    expect(draft.issuedOn).toBe("02/12/2019");
    expect(draft.tasks[0].deadline).toBe("20/12/2019");
    const back = fromDraft(draft);
    expect(back.ok && back.plan).toEqual({ ...plan, warnings: undefined, measures: undefined, settings: { dueSoonDays: 5 } } as unknown as Plan);
  });

  it("keeps a reference's date and issuer when the user keeps its number, and adds typed ones bare", () => {
    const draft = { ...toDraft(plan), references: "50-KL/TW\n\n  36-HD/VPTW  " };
    const back = fromDraft(draft);
    expect(back.ok && back.plan.references).toEqual([{ docNumber: "50-KL/TW", date: "2019-05-30", issuer: "Ban Bí thư" }, { docNumber: "36-HD/VPTW" }]);
  });

  it("reads the deadline a user typed in d/m/yyyy with dots or dashes", () => {
    const draft = toDraft(plan);
    draft.tasks[1].deadline = "5.1.2020";
    const back = fromDraft(draft);
    expect(back.ok && back.plan.tasks[1].deadline).toBe("2020-01-05");
  });

  it("refuses a date that does not exist and says which field", () => {
    const draft = toDraft(plan);
    draft.tasks[0].deadline = "31/02/2020";
    const back = fromDraft(draft);
    expect(back.ok).toBe(false);
    expect(!back.ok && back.errors).toEqual({ [`task:${draft.tasks[0].id}:deadline`]: { key: "pane.plan.dateNoSuchDay", params: { value: "31/02/2020", day: 31, month: 2, year: 2020, days: 29 } } });
  });

  it("refuses two tasks with the same code, ignoring case", () => {
    const draft = toDraft(plan);
    draft.tasks[1].code = "nv01";
    const back = fromDraft(draft);
    expect(!back.ok && back.errors[`task:${draft.tasks[1].id}:code`]).toEqual({ key: "pane.plan.duplicateCode", params: { code: "nv01" } });
  });

  it("asks for a number, a subject and at least one task when typed from scratch", () => {
    const back = fromDraft(toDraft(emptyPlan()));
    expect(!back.ok && Object.keys(back.errors).sort()).toEqual(["docNumber", "subject", "tasks"]);
  });

  it("gives a new task the next free code", () => {
    const draft = toDraft(plan);
    expect(newTask(draft.tasks).code).toBe("NV03");
    draft.tasks[1].code = "NV03";
    expect(newTask(draft.tasks).code).toBe("NV04");
  });

  it("drops the signer when all its fields are blank", () => {
    const draft = { ...toDraft(plan), signerAuthority: " ", signerTitle: "", signerName: "" };
    const back = fromDraft(draft);
    expect(back.ok && back.plan.signer).toBeNull();
  });
});

describe("a typed date", () => {
  it.each([
    ["20/12/2019", "2019-12-20"],
    ["1/2/2020", "2020-02-01"],
    ["29-02-2020", "2020-02-29"],
    ["", null],
    ["   ", null],
    ["29/02/2019", "invalid"],
    ["2019-12-20", "invalid"],
    ["20/12/19", "invalid"],
    ["20/12.2019", "invalid"],
  ])("%j reads as %j", (typed, expected) => {
    expect(readTypedDate(typed)).toBe(expected);
  });
});

describe("why a typed date is refused", () => {
  const say = (typed: string) => {
    const error = typedDateError(typed);
    return error && t(error.key, error.params);
  };

  it("names the day the month does not have, and how many days it has", () => {
    expect(say("31/02/2026")).toBe("Không có ngày 31/02/2026: tháng 2/2026 chỉ có 28 ngày");
    expect(say("29/2/2028")).toBeNull();
    expect(say(" 31.4.2026 ")).toBe("Không có ngày 31.4.2026: tháng 4/2026 chỉ có 30 ngày");
  });

  it("names a month past 12", () => {
    expect(say("12/13/2026")).toBe("Không có tháng 13 (ngày 12/13/2026): tháng chỉ từ 1 đến 12");
  });

  it("asks for dd/mm/yyyy when the text is not a date, with an example", () => {
    expect(say("Quý III/2026")).toBe('"Quý III/2026" không phải ngày: hãy gõ ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2026');
    expect(say("30/6/26")).toBe('"30/6/26" không phải ngày: hãy gõ ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2026');
  });

  it("has nothing to say about a blank field or a real date", () => {
    expect(typedDateError("")).toBeNull();
    expect(typedDateError("30/06/2026")).toBeNull();
  });

  it("is the error a task's deadline field and the plan's issue date show", () => {
    const draft = { ...toDraft(plan), issuedOn: "ngày 2 tháng 12" };
    draft.tasks[1].deadline = "cuối năm";
    const back = fromDraft(draft);
    expect(!back.ok && back.errors.issuedOn).toEqual({ key: "pane.plan.dateNotDate", params: { value: "ngày 2 tháng 12" } });
    expect(taskFieldErrors(draft.tasks[1])).toEqual({ deadline: { key: "pane.plan.dateNotDate", params: { value: "cuối năm" } } });
  });
});
