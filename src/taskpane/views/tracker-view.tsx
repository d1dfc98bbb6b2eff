/**
 * "Tạo sổ theo dõi / Cập nhật sổ theo dõi": reads the workbook's Kế hoạch and Đơn vị sheets,
 * builds or rebuilds the tracker from them and shows what changed. Before the first build it
 * offers to create the two input sheets; once built, the units' own files go out from here
 * and come back in (docs/unit-round-trip.md).
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { todayLocal } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import type { BuildReport } from "../../domain/tracker";
import { buildReportLines } from "../../engine/report-lines";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useText } from "../language";
import type { WorkbookState } from "../pane-engine";
import type { ViewProps } from "../app";
import { stepLabel } from "../steps";
import { UnitFilesSend } from "./unit-files-send";
import { UnitReturnsImport } from "./unit-returns-import";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  report: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

type Outcome = { kind: "built"; report: BuildReport; notes: Problem[] } | { kind: "sheetsCreated"; notes: Problem[] } | { kind: "error"; message: string } | null;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function TrackerView({ engine, active, go }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const reload = useCallback(async () => {
    setBusy(true);
    try {
      setState(await engine.readWorkbook());
    } catch (error) {
      setOutcome({ kind: "error", message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }, [engine]);

  // Re-read whenever the tab is shown: the user may have edited the sheets in between.
  useEffect(() => {
    if (active) void reload();
  }, [active, reload]);

  const run = async (action: () => Promise<Outcome | Problem[]>) => {
    setBusy(true);
    setProblems([]);
    setOutcome(null);
    try {
      const result = await action();
      if (Array.isArray(result)) setProblems(result);
      else setOutcome(result);
      setState(await engine.readWorkbook());
    } catch (error) {
      setOutcome({ kind: "error", message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const build = () =>
    run(async () => {
      const result = await engine.buildTracker(todayLocal());
      if (!result.ok) return result.problems;
      return { kind: "built", report: result.value, notes: result.warnings };
    });

  const createSheets = () =>
    run(async () => {
      const result = await engine.createInputSheets();
      return result.ok ? { kind: "sheetsCreated", notes: result.warnings } : result.problems;
    });

  const inputs = state?.inputs.ok ? state.inputs.value : null;
  const readProblems = state && !state.inputs.ok ? state.inputs.problems : [];
  const readWarnings = state?.inputs.ok ? state.inputs.warnings : [];
  // The Kế hoạch sheet exists but may still be empty (created by "create the input sheets").
  const plan = inputs?.plan && inputs.plan.tasks.length > 0 ? inputs.plan : null;
  const canBuild = !!plan && (inputs?.units.length ?? 0) > 0 && !busy;
  const update = state?.hasTracker ?? false;
  const report = outcome?.kind === "built" ? outcome.report : null;
  const reportLines = report ? buildReportLines(report) : [];

  return (
    <section className={styles.view} aria-label={text(update ? "pane.tracker.heading.update" : "pane.tracker.heading.create")}>
      <h2 className={styles.heading}>{text(update ? "pane.tracker.heading.update" : "pane.tracker.heading.create")}</h2>
      <p className={styles.intro}>{text("pane.tracker.intro")}</p>

      {outcome?.kind === "error" && <Notice intent="error">{text("pane.unexpectedError", { message: outcome.message })}</Notice>}
      {outcome?.kind === "sheetsCreated" && <Notice intent="success">{text("pane.tracker.inputSheetsCreated")}</Notice>}
      {/* What this Excel could not do (an older ExcelApi): named, never a failure. */}
      {outcome?.kind === "sheetsCreated" && <ProblemList problems={outcome.notes} tone="warning" />}

      {state && !state.hasInputSheets ? (
        <>
          <Notice intent="info">{text("pane.tracker.firstRun")}</Notice>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void createSheets()}>
              {text("pane.tracker.createInputSheets")}
            </Button>
            {busy && <Busy />}
          </div>
        </>
      ) : (
        <>
          {inputs && (
            <>
              {plan ? (
                <Notice intent="info">{text("pane.tracker.planRead", { plan: plan.docNumber, tasks: plan.tasks.length })}</Notice>
              ) : (
                <Notice intent="warning">{text("pane.tracker.noPlan")}</Notice>
              )}
              {inputs.units.length > 0 ? (
                <Notice intent="info">{text("pane.tracker.unitsRead", { units: inputs.units.length })}</Notice>
              ) : (
                <Notice intent="warning">{text("pane.tracker.noUnits")}</Notice>
              )}
            </>
          )}
          <ProblemList problems={readProblems} />
          <ProblemList problems={readWarnings} tone="warning" />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!canBuild} onClick={() => void build()}>
              {text(update ? "pane.tracker.rebuild" : "pane.tracker.build")}
            </Button>
            <Button disabled={busy} onClick={() => void reload()}>
              {text("pane.tracker.reload")}
            </Button>
            {busy && <Busy />}
          </div>
        </>
      )}

      <ProblemList problems={problems} />
      {report && (
        <>
          <Notice intent={report.problems.length ? "warning" : "success"}>
            {text("pane.tracker.done", { units: inputs?.units.length ?? report.unitsAdded.length })}
          </Notice>
          {outcome?.kind === "built" && <ProblemList problems={outcome.notes} tone="warning" />}
          <h3 className={styles.subheading}>{text("pane.tracker.report.heading")}</h3>
          {reportLines.length === 0 ? (
            <p className={styles.intro}>{text("pane.tracker.report.nothing")}</p>
          ) : (
            <ul className={styles.report}>
              {reportLines.map((line, i) => (
                <li key={i}>{text(line.key, line.params)}</li>
              ))}
            </ul>
          )}
          <ProblemList problems={report.problems} tone="warning" />
        </>
      )}

      {update && inputs && inputs.units.length > 0 && (
        <>
          <UnitFilesSend engine={engine} units={inputs.units} />
          <UnitReturnsImport engine={engine} />
        </>
      )}

      {report && (
        <div>
          <Button appearance="primary" onClick={() => go("check")}>
            {text("pane.overview.goTo", { step: stepLabel("check", text) })}
          </Button>
        </div>
      )}
    </section>
  );
}
