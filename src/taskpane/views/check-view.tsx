/**
 * "Kiểm tra hạn": deadline statuses per unit as of a chosen date (today by default): how many
 * units are late or due soon, which ones, and the counts per unit.
 */
import { Button, Field, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import { DONE_LATE, DONE_ON_TIME, DUE_SOON, LATE, PROBLEM_STATUSES, type DeadlineStatus } from "../../domain/deadline";
import type { Problem } from "../../domain/result";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useLanguage, useText } from "../language";
import type { DeadlineSummary, PaneEngine, UnitDeadlines } from "../pane-engine";
import { readTypedDate } from "../plan-draft";
import { statusLabel } from "../status-label";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  number: { textAlign: "right", width: "3.5em" },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  soon: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
});

const count = (unit: UnitDeadlines, statuses: readonly DeadlineStatus[]): number => statuses.reduce((sum, s) => sum + (unit.counts[s] ?? 0), 0);

export function CheckView({ engine }: { engine: PaneEngine }) {
  const styles = useStyles();
  const text = useText();
  const { lang } = useLanguage();
  const [asOfText, setAsOfText] = useState(() => formatVietnameseDate(todayLocal()));
  const [summary, setSummary] = useState<DeadlineSummary | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asOf = readTypedDate(asOfText);
  const dateError = asOf === "invalid" || asOf === null;

  const check = async () => {
    if (asOf === "invalid" || asOf === null) return;
    setBusy(true);
    setError(null);
    try {
      const result = await engine.checkDeadlines(asOf);
      setProblems(result.ok ? result.warnings : result.problems);
      setSummary(result.ok ? result.value : null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const late = summary?.units.filter((u) => count(u, [LATE]) > 0) ?? [];
  const soon = summary?.units.filter((u) => count(u, [DUE_SOON]) > 0) ?? [];
  const columns: Array<{ label: string; statuses: readonly DeadlineStatus[]; className?: string }> = [
    { label: statusLabel(LATE, lang), statuses: [LATE], className: styles.late },
    { label: statusLabel(DUE_SOON, lang), statuses: [DUE_SOON], className: styles.soon },
    { label: text("pane.check.done"), statuses: [DONE_ON_TIME, DONE_LATE] },
    { label: text("pane.check.dataProblems"), statuses: PROBLEM_STATUSES },
  ];

  return (
    <section className={styles.view} aria-label={text("pane.check.heading")}>
      <h2 className={styles.heading}>{text("pane.check.heading")}</h2>
      <div className={styles.form}>
        <Field label={text("pane.check.asOf")} validationState={asOf === "invalid" ? "error" : "none"} validationMessage={asOf === "invalid" ? text("pane.plan.dateInvalid", { value: asOfText }) : undefined}>
          <Input value={asOfText} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => setAsOfText(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy || dateError} onClick={() => void check()}>
          {text("pane.check.run")}
        </Button>
        {busy && <Busy />}
      </div>
      {error && <Notice intent="error">{text("pane.unexpectedError", { message: error })}</Notice>}
      <ProblemList problems={problems} tone={summary ? "warning" : "error"} />
      {summary && (
        <>
          <Notice intent={late.length ? "warning" : "success"}>
            {text("pane.check.summary", { date: formatVietnameseDate(summary.asOf), late: late.length, soon: soon.length, units: summary.units.length })}
          </Notice>
          <h3 className={styles.subheading}>{text("pane.check.lateUnits")}</h3>
          {late.length === 0 ? (
            <p>{text("pane.check.noLateUnits")}</p>
          ) : (
            <ul className={styles.list}>
              {late.map((u) => (
                <li key={u.code}>{text("pane.check.lateUnit", { name: u.name, count: u.lateTasks.length, tasks: u.lateTasks.join(", ") })}</li>
              ))}
            </ul>
          )}
          <h3 className={styles.subheading}>{text("pane.check.byUnit")}</h3>
          <Table size="extra-small" aria-label={text("pane.check.byUnit")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{text("pane.check.unit")}</TableHeaderCell>
                {columns.map((c) => (
                  <TableHeaderCell key={c.label} className={styles.number}>
                    {c.label}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.units.map((u) => (
                <TableRow key={u.code}>
                  <TableCell title={u.code}>{u.name}</TableCell>
                  {columns.map((c) => {
                    const n = count(u, c.statuses);
                    return (
                      <TableCell key={c.label} className={mergeClasses(styles.number, n > 0 ? c.className : undefined)}>
                        {n}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
