/**
 * "Đôn đốc": the reminders of a round as of a date — one per late (or silent, or due-soon) unit,
 * with its tasks, days late and "lần" — sent by copying the text, an email draft (per unit, or
 * one to all in Bcc) or a printed sheet; then, once the user confirms they went out, recorded
 * in the Nhật ký đôn đốc sheet. Nothing is logged before that confirmation.
 */
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import type { Reminder, ReminderChannel, ReminderRound, ReminderScope } from "../../domain/reminders";
import type { UnitCode } from "../../domain/types";
import type { ViewProps } from "../app";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useOneAction } from "../components/use-one-action";
import { useText } from "../language";
import { readTypedDate } from "../plan-draft";
import { stepLabel } from "../steps";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  unit: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  tasks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  late: { color: tokens.colorPaletteRedForeground1 },
  letter: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, margin: 0 },
});

type Sent = ReadonlyMap<UnitCode, ReminderChannel>;

export function RemindView({ engine, go }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const [asOfText, setAsOfText] = useState(() => formatVietnameseDate(todayLocal()));
  const [scope, setScope] = useState<ReminderScope>("late");
  const [round, setRound] = useState<ReminderRound | null>(null);
  const [sent, setSent] = useState<Sent>(new Map());
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, message, setMessage, run } = useOneAction();
  const asOf = readTypedDate(asOfText);

  const markSent = (units: readonly UnitCode[], channel: ReminderChannel) =>
    setSent((before) => {
      const next = new Map(before);
      for (const unit of units) next.set(unit, channel);
      return next;
    });

  const preview = () =>
    run(async () => {
      if (asOf === "invalid" || asOf === null) return;
      const result = await engine.previewReminders(asOf, scope);
      setProblems(result.ok ? result.warnings : result.problems);
      setRound(result.ok ? result.value : null);
      setSent(new Map());
    });

  const copy = (reminder: Reminder) =>
    run(async () => {
      await navigator.clipboard.writeText(reminder.text);
      markSent([reminder.unit.code], "clipboard");
      setMessage({ intent: "success", text: text("pane.remind.copied", { unit: reminder.unit.name }) });
    });

  const email = (reminder: Reminder) =>
    run(async () => {
      const result = await engine.emailReminder(reminder.unit.code);
      if (!result.ok) return setProblems(result.problems);
      markSent([reminder.unit.code], "email");
      setMessage({ intent: "info", text: text("pane.remind.draftOpened", { to: result.value.to }) });
    });

  const all = round?.reminders ?? [];
  const withEmail = all.filter((r) => r.email).map((r) => r.unit.code);
  const withoutEmail = all.filter((r) => !r.email).map((r) => r.unit.code);

  const emailAll = () =>
    run(async () => {
      const result = await engine.emailReminders(withEmail);
      if (!result.ok) return setProblems(result.problems);
      markSent(withEmail, "email");
      const missing = result.value.missing.map((u) => u.name).join("; ");
      setMessage({ intent: missing ? "warning" : "info", text: text(missing ? "pane.remind.bccMissing" : "pane.remind.bccOpened", { count: result.value.count, missing }) });
    });

  const print = () =>
    run(async () => {
      const result = await engine.printReminders(withoutEmail);
      if (!result.ok) return setProblems(result.problems);
      markSent(withoutEmail, "print");
      setMessage({ intent: "success", text: text("pane.remind.printed", { sheet: result.value.sheet, count: withoutEmail.length }) });
    });

  const log = () =>
    run(async () => {
      const entries = [...sent].map(([unit, channel]) => ({ unit, channel }));
      const result = await engine.logReminders(entries, todayLocal());
      if (!result.ok) return setProblems(result.problems);
      setProblems(result.warnings);
      setMessage({ intent: "success", text: text("pane.remind.logged", { units: entries.length, rows: result.value.rows }) });
      setRound(null);
      setSent(new Map());
    });

  const toggle = (unit: UnitCode, checked: boolean) =>
    setSent((before) => {
      const next = new Map(before);
      if (checked) next.set(unit, before.get(unit) ?? "other");
      else next.delete(unit);
      return next;
    });

  return (
    <section className={styles.view} aria-labelledby="remind-heading">
      <h2 id="remind-heading" className={styles.heading}>
        {text("pane.step.remind")}
      </h2>
      <p className={styles.intro}>{text("pane.remind.intro")}</p>
      <div className={styles.form}>
        <Field label={text("pane.check.asOf")} validationState={asOf === "invalid" ? "error" : "none"} validationMessage={asOf === "invalid" ? text("pane.plan.dateInvalid", { value: asOfText }) : undefined}>
          <Input value={asOfText} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => setAsOfText(d.value)} size="small" style={{ width: "8.5em" }} />
        </Field>
        <Field label={text("pane.remind.scope")}>
          <Select value={scope} onChange={(_, d) => setScope(d.value as ReminderScope)} size="small">
            <option value="late">{text("pane.remind.scope.late")}</option>
            <option value="silent">{text("pane.remind.scope.silent")}</option>
            <option value="all">{text("pane.remind.scope.all")}</option>
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy || asOf === "invalid" || asOf === null} onClick={() => void preview()}>
          {text("pane.remind.preview")}
        </Button>
      </div>
      {busy && <Busy />}
      {message && <Notice intent={message.intent}>{message.text}</Notice>}
      <ProblemList problems={problems} tone={round ? "warning" : "error"} />
      {round && (
        <>
          <Notice intent={all.length > 0 ? "warning" : "success"}>
            {all.length > 0
              ? text("pane.remind.summary", { count: all.length, date: formatVietnameseDate(round.asOf), replyBy: formatVietnameseDate(round.replyBy) })
              : text("pane.remind.none", { date: formatVietnameseDate(round.asOf) })}
          </Notice>
          {all.length > 0 && (
            <div className={styles.actions}>
              <Button disabled={busy || withEmail.length === 0} onClick={() => void emailAll()}>
                {text("pane.remind.emailAll", { count: withEmail.length })}
              </Button>
              <Button disabled={busy || withoutEmail.length === 0} onClick={() => void print()}>
                {text("pane.remind.print", { count: withoutEmail.length })}
              </Button>
            </div>
          )}
          <ul className={styles.list} aria-label={text("pane.remind.listLabel")}>
            {all.map((r) => (
              <li key={r.unit.code} className={styles.item}>
                <p className={styles.unit}>
                  {r.unit.name}
                  {r.round > 1 ? ` — ${text("pane.remind.round", { round: r.round })}` : ""}
                </p>
                {r.silent && <span>{text("pane.remind.silent")}</span>}
                {(r.late.length > 0 || r.dueSoon.length > 0) && (
                  <ul className={styles.tasks}>
                    {r.late.map((task) => (
                      <li key={task.code} className={styles.late}>
                        {text("pane.check.rowLate", { task: task.code, deadline: formatVietnameseDate(task.deadline), days: task.days })}
                      </li>
                    ))}
                    {r.dueSoon.map((task) => (
                      <li key={task.code}>{text("pane.check.rowSoon", { task: task.code, deadline: formatVietnameseDate(task.deadline), days: task.days })}</li>
                    ))}
                  </ul>
                )}
                <details>
                  <summary>{text("pane.remind.showText")}</summary>
                  <pre className={styles.letter}>{r.text}</pre>
                </details>
                <div className={styles.actions}>
                  <Button size="small" disabled={busy} onClick={() => void copy(r)}>
                    {text("pane.remind.copy")}
                  </Button>
                  <Button size="small" disabled={busy || !r.email} onClick={() => void email(r)} title={r.email ? r.email : text("pane.remind.noEmail")}>
                    {text("pane.remind.email")}
                  </Button>
                  <Checkbox checked={sent.has(r.unit.code)} onChange={(_, d) => toggle(r.unit.code, d.checked === true)} label={text("pane.remind.sent")} />
                </div>
              </li>
            ))}
          </ul>
          {all.length > 0 && (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy || sent.size === 0} onClick={() => void log()}>
                {text("pane.remind.log", { count: sent.size })}
              </Button>
            </div>
          )}
        </>
      )}
      <div>
        <Button appearance="secondary" onClick={() => go("report")}>
          {text("pane.overview.goTo", { step: stepLabel("report", text) })}
        </Button>
      </div>
    </section>
  );
}
