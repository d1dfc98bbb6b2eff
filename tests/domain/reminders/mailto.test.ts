/**
 * Mail drafts of the seed plan's reminders (13-KH/ĐUK, 40 units, as of 23/12/2019): what a mail
 * program gets from the link, and links too long for one saying so instead of being cut.
 */
import {
  bccMailto,
  defaultReminderSettings,
  MAILTO_LIMIT,
  ReminderCounts,
  reminderMailto,
  reminderMailtoDraft,
  selectReminders,
  wordReminder,
  type Reminder,
  type ReminderRound,
  type ReminderScope,
} from "../../../src/domain/reminders";
import type { IsoDate, Plan } from "../../../src/domain/types";
import { seedPlan, seedState } from "../../support/seed-tracker";
import { AS_OF, lateUnitCodes, NO_EMAIL_POSITION, reminderEntries, reminderUnits } from "../../support/reminder-seed";

const REPLY_BY = "2019-12-30" as IsoDate;

function round(plan: Plan = seedPlan(), scope: ReminderScope = "late"): ReminderRound {
  const units = reminderUnits();
  const state = seedState(plan, units, reminderEntries(units));
  const context = {
    plan: { kind: plan.kind, docNumber: plan.docNumber, issuedOn: plan.issuedOn, subject: plan.subject },
    parentBody: plan.parentIssuer ?? "",
    issuingBody: plan.issuer ?? "",
    place: plan.place ?? "",
    workingDays: false,
    settings: defaultReminderSettings(plan),
  };
  const facts = selectReminders({ state, asOf: AS_OF, scope, counts: new ReminderCounts() });
  return { asOf: AS_OF, replyBy: REPLY_BY, scope, reminders: facts.map((f) => wordReminder(context, f, { asOf: AS_OF, replyBy: REPLY_BY })), logCount: 0, lang: "vi", context };
}

/** What a mail program reads from a mailto: link (RFC 6068). */
function parse(url: string): { to: string; fields: Record<string, string> } {
  const [to, query = ""] = url.replace(/^mailto:/, "").split("?");
  const fields: Record<string, string> = {};
  for (const pair of query.split("&")) {
    const [name, value = ""] = pair.split("=");
    fields[name] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(to), fields };
}

/** Every dated task late: a reminder naming all six. */
const allDated = (plan: Plan): Plan => ({ ...plan, tasks: plan.tasks.map((t, i) => ({ ...t, deadline: `2019-12-${String(10 + i).padStart(2, "0")}` as IsoDate })) });

describe("one unit's draft", () => {
  const reminder = round().reminders[0];

  it("goes to the unit's address with the subject and the letter", () => {
    const draft = reminderMailtoDraft(reminder);
    const { to, fields } = parse(draft.url);
    expect(to).toBe("syt@binhphuoc.example.vn");
    expect(fields.subject).toBe("Đôn đốc thực hiện Kế hoạch số 13-KH/ĐUK - Đảng bộ Sở Y tế");
    expect(fields.body).toBe((draft.compact ? reminder.compactText : reminder.text).replace(/\n/g, "\r\n"));
    expect(draft.length).toBe(draft.url.length);
    expect(reminderMailto(reminder)).toBe(draft.url);
  });

  it("takes the short letter when the full one would pass the limit, and stays whole", () => {
    const draft = reminderMailtoDraft(reminder);
    // The seed plan's subject alone is 330 characters, about 1,500 once encoded.
    expect(draft.compact).toBe(true);
    expect(draft.tooLong).toBe(false);
    expect(draft.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(parse(draft.url).fields.body).toContain("(hạn 20/12/2019, quá hạn 3 ngày)");
  });

  it("says a link is too long rather than cutting it", () => {
    const many = round(allDated(seedPlan()), "late").reminders.find((r) => r.late.length === 6) as Reminder;
    expect(many).toBeDefined();
    const draft = reminderMailtoDraft(many);
    expect(draft.tooLong).toBe(true);
    expect(draft.length).toBeGreaterThan(MAILTO_LIMIT);
    expect(parse(draft.url).fields.body).toBe(many.compactText.replace(/\n/g, "\r\n"));
  });

  it("has no address for a unit without email", () => {
    const reminder = round().reminders.find((r) => r.unit.code === reminderUnits()[NO_EMAIL_POSITION - 1].code)!;
    expect(reminder.email).toBeNull();
    expect(reminderMailto(reminder).startsWith("mailto:?subject=")).toBe(true);
  });
});

describe("one draft to all, addresses in Bcc", () => {
  const r = round();
  const units = lateUnitCodes();
  const draft = bccMailto(r, units);

  it("puts every address in Bcc and lists the unit without one", () => {
    const { to, fields } = parse(draft.url);
    expect(to).toBe("");
    expect(fields.bcc.split(",")).toEqual(r.reminders.filter((x) => x.email).map((x) => x.email));
    expect(draft.addresses).toHaveLength(9);
    expect(draft.missing.map((u) => u.code)).toEqual([reminderUnits()[NO_EMAIL_POSITION - 1].code]);
  });

  it("names no unit and lists the tasks concerned with their deadlines", () => {
    const body = parse(draft.url).fields.body;
    expect(body).toContain("Kính gửi: các đơn vị");
    expect(body).toContain("- NV05 (hạn 20/12/2019)");
    expect(body).toContain("trước ngày 30/12/2019");
    expect(body).not.toContain("Đảng bộ Sở Y tế");
    expect(draft.tooLong).toBe(false);
    expect(draft.batches).toEqual([draft.url]);
  });

  it("takes only the units asked for", () => {
    expect(bccMailto(r, units.slice(0, 2)).addresses).toEqual(r.reminders.slice(0, 2).map((x) => x.email));
  });

  it("splits the addresses over links that each fit when one is too long", () => {
    const all = round(seedPlan(), "all");
    const everyone = all.reminders.map((x) => x.unit.code);
    const big = bccMailto({ ...all, reminders: [...all.reminders, ...all.reminders.map((x) => ({ ...x, unit: { ...x.unit, code: `${x.unit.code}B` as never }, email: x.email && `b.${x.email}` }))] }, [...everyone, ...everyone.map((c) => `${c}B` as never)]);
    expect(big.tooLong).toBe(true);
    expect(big.batches.length).toBeGreaterThan(1);
    for (const url of big.batches) expect(url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    expect(big.batches.flatMap((url) => parse(url).fields.bcc.split(","))).toEqual(big.addresses);
  });
});
