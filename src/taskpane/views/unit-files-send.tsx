/**
 * "Gửi mẫu cho đơn vị": the units to send to (all, or ticked one by one) → one file per unit,
 * written in the browser and downloaded (a .zip for several) → an email draft per unit, in the
 * reminders' form, asking for the file back by a date. Units without an email are named.
 */
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import type { Unit, UnitCode } from "../../domain/types";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useOneAction } from "../components/use-one-action";
import { useText } from "../language";
import type { PaneEngine, UnitFilesMade } from "../pane-engine";
import { readTypedDate } from "../plan-draft";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // Forty units: the list scrolls by itself so the button stays in sight.
  units: { maxHeight: "16em", overflowY: "auto", display: "flex", flexDirection: "column", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  // The button keeps its one line; the unit's name wraps beside it.
  email: { flexShrink: 0, whiteSpace: "nowrap" },
});

export function UnitFilesSend({ engine, units }: { engine: PaneEngine; units: readonly Unit[] }) {
  const styles = useStyles();
  const text = useText();
  // Units left out, so a unit the workbook gains is offered ticked.
  const [left, setLeft] = useState<ReadonlySet<UnitCode>>(() => new Set());
  const [made, setMade] = useState<UnitFilesMade | null>(null);
  const [replyByText, setReplyByText] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, message, setMessage, run } = useOneAction(() => setProblems([]));
  const replyBy = readTypedDate(replyByText);
  const picked = units.filter((u) => !left.has(u.code));
  const all = picked.length === units.length;

  const toggle = (code: UnitCode, on: boolean) =>
    setLeft((before) => {
      const next = new Set(before);
      if (on) next.delete(code);
      else next.add(code);
      return next;
    });

  const make = () =>
    run(async () => {
      const result = await engine.makeUnitFiles(all ? "all" : picked.map((u) => u.code), todayLocal());
      if (!result.ok) return setProblems(result.problems);
      setProblems(result.warnings);
      setMade(result.value);
      setReplyByText(formatVietnameseDate(result.value.replyBy));
      setMessage({ intent: "success", text: text("pane.unitFiles.made", { file: result.value.download, count: result.value.files.length }) });
    });

  const email = (unit: Unit, fileName: string) =>
    run(async () => {
      if (replyBy === null || replyBy === "invalid") return;
      const result = await engine.emailUnitFile(unit.code, replyBy);
      if (!result.ok) return setProblems(result.problems);
      setMessage({ intent: "info", text: text("pane.unitFiles.draftOpened", { to: result.value.to, file: fileName }) });
    });

  const withoutEmail = made?.files.filter((f) => !f.unit.email) ?? [];

  return (
    <section className={styles.view} aria-labelledby="unit-files-heading">
      <h3 id="unit-files-heading" className={styles.heading}>
        {text("pane.unitFiles.heading")}
      </h3>
      <p className={styles.intro}>{text("pane.unitFiles.intro")}</p>
      <Checkbox
        checked={all ? true : picked.length === 0 ? false : "mixed"}
        onChange={(_, d) => setLeft(d.checked === true ? new Set() : new Set(units.map((u) => u.code)))}
        label={text("pane.unitFiles.all", { count: units.length })}
      />
      <div className={styles.units} role="group" aria-label={text("pane.unitFiles.listLabel")}>
        {units.map((u) => (
          <Checkbox key={u.code} checked={!left.has(u.code)} onChange={(_, d) => toggle(u.code, d.checked === true)} label={`${u.code} — ${u.name}`} />
        ))}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || picked.length === 0} onClick={() => void make()}>
          {text("pane.unitFiles.make", { count: picked.length })}
        </Button>
        {busy && <Busy />}
      </div>
      {message && <Notice intent={message.intent}>{message.text}</Notice>}
      <ProblemList problems={problems} tone={made ? "warning" : "error"} />
      {made && (
        <>
          <Field
            label={text("pane.unitFiles.replyBy")}
            validationState={replyBy === "invalid" || replyBy === null ? "error" : "none"}
            validationMessage={replyBy === "invalid" ? text("pane.plan.dateInvalid", { value: replyByText }) : undefined}
          >
            <Input value={replyByText} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => setReplyByText(d.value)} size="small" style={{ width: "8.5em" }} />
          </Field>
          <p className={styles.intro}>{text("pane.unitFiles.emailIntro")}</p>
          {withoutEmail.length > 0 && (
            <Notice intent="warning">{text("pane.unitFiles.noEmail", { count: withoutEmail.length, units: withoutEmail.map((f) => f.unit.name).join("; ") })}</Notice>
          )}
          <ul className={styles.list} aria-label={text("pane.unitFiles.listLabel")}>
            {made.files.map((f) => (
              <li key={f.unit.code} className={styles.item}>
                <span className={styles.name}>{f.unit.name}</span>
                <Button
                  className={styles.email}
                  size="small"
                  disabled={busy || !f.unit.email || replyBy === null || replyBy === "invalid"}
                  title={f.unit.email ?? text("pane.remind.noEmail")}
                  aria-label={`${text("pane.remind.email")}: ${f.unit.name}`}
                  onClick={() => void email(f.unit, f.fileName)}
                >
                  {text("pane.remind.email")}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
