/**
 * "Tổng quan": where the plan stands today — the plan, the units, who is late or due soon, the
 * reports made and the next one due — and the next step, one click away. Re-read each time it
 * is shown: the user works in the sheets in between.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import type { Result } from "../../domain/result";
import type { NextStep, TrackerOverview } from "../../engine/overview";
import type { MessageKey } from "../../i18n";
import type { ViewProps } from "../app";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useText } from "../language";
import { STEPS, stepLabel, type StepId } from "../steps";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  late: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  next: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  stepButton: { justifyContent: "flex-start", width: "100%", textAlign: "left" },
});

/** What the next step asks of the user, and the view that does it. */
const NEXT: Record<NextStep, { key: MessageKey; view: StepId }> = {
  start: { key: "pane.next.start", view: "tracker" },
  plan: { key: "pane.next.plan", view: "plan" },
  units: { key: "pane.next.units", view: "units" },
  build: { key: "pane.next.build", view: "tracker" },
  remind: { key: "pane.next.remind", view: "remind" },
  report: { key: "pane.next.report", view: "report" },
  check: { key: "pane.next.check", view: "check" },
};

export function OverviewView({ engine, active, go }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const [overview, setOverview] = useState<Result<TrackerOverview> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      setOverview(await engine.readOverview(todayLocal()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, [engine]);

  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const o = overview?.ok ? overview.value : null;
  const next = o ? NEXT[o.nextStep] : null;
  const nextParams: Record<string, string | number> = o ? { late: o.lateUnits, period: o.dueReport?.periodLabel ?? "" } : {};

  return (
    <section className={styles.view} aria-labelledby="overview-heading">
      <h2 id="overview-heading" className={styles.heading}>
        {text("pane.overview.heading")}
      </h2>
      {busy && !o && <Busy />}
      {error && <Notice intent="error">{text("pane.unexpectedError", { message: error })}</Notice>}
      {overview && !overview.ok && <ProblemList problems={overview.problems} />}
      {o && next && (
        <>
          <div className={styles.next} role="region" aria-label={text("pane.overview.nextStep")}>
            <h3 className={styles.subheading}>{text("pane.overview.nextStep")}</h3>
            <p className={styles.value}>{text(next.key, nextParams)}</p>
            <div>
              <Button appearance="primary" onClick={() => go(next.view)}>
                {text("pane.overview.goTo", { step: stepLabel(next.view, text) })}
              </Button>
            </div>
          </div>
          <dl className={styles.facts}>
            <dt className={styles.term}>{text("pane.overview.plan")}</dt>
            <dd className={styles.value}>{o.plan ? text("pane.overview.planValue", { plan: o.plan.docNumber, tasks: o.plan.tasks }) : text("pane.overview.none")}</dd>
            <dt className={styles.term}>{text("pane.overview.units")}</dt>
            <dd className={styles.value}>{o.units}</dd>
            <dt className={styles.term}>{text("pane.overview.today", { date: formatVietnameseDate(o.today) })}</dt>
            <dd className={o.lateUnits > 0 ? styles.late : styles.value}>
              {o.hasTracker ? text("pane.overview.lateValue", { late: o.lateUnits, pairs: o.latePairs, soon: o.dueSoonUnits }) : text("pane.overview.notBuilt")}
            </dd>
            {o.problemPairs > 0 && (
              <>
                <dt className={styles.term}>{text("pane.overview.problems")}</dt>
                <dd className={styles.value}>{o.problemPairs}</dd>
              </>
            )}
            <dt className={styles.term}>{text("pane.overview.reminders")}</dt>
            <dd className={styles.value}>
              {o.reminders.rows > 0 && o.reminders.lastSent
                ? text("pane.overview.remindersValue", { rows: o.reminders.rows, units: o.reminders.units, date: formatVietnameseDate(o.reminders.lastSent) })
                : text("pane.overview.none")}
            </dd>
            <dt className={styles.term}>{text("pane.overview.lastReport")}</dt>
            <dd className={styles.value}>{o.lastReport ? text("pane.overview.lastReportValue", { number: o.lastReport.docNumber, period: o.lastReport.periodLabel }) : text("pane.overview.none")}</dd>
            {o.dueReport && (
              <>
                <dt className={styles.term}>{text("pane.overview.dueReport")}</dt>
                <dd className={styles.value}>
                  {text(o.dueReport.made ? "pane.overview.dueReportMade" : "pane.overview.dueReportValue", { period: o.dueReport.periodLabel, cutoff: formatVietnameseDate(o.dueReport.cutoff) })}
                </dd>
              </>
            )}
          </dl>
          <ProblemList problems={overview?.ok ? overview.warnings : []} tone="warning" />
        </>
      )}
      <h3 className={styles.subheading}>{text("pane.overview.steps")}</h3>
      <ol className={styles.steps}>
        {STEPS.filter((id) => id !== "overview").map((id) => (
          <li key={id}>
            <Button appearance="subtle" className={styles.stepButton} onClick={() => go(id)}>
              {stepLabel(id, text)}
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button disabled={busy} onClick={() => void load()}>
          {text("pane.overview.reload")}
        </Button>
      </div>
    </section>
  );
}
