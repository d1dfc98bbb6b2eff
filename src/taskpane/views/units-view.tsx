/**
 * "Đơn vị": the units as the Đơn vị sheet holds them, and the import of a unit list from a file
 * (.csv or .xlsx) with a preview of what it adds and changes. Unit sheets are made by the next
 * build, one step on.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ViewProps } from "../app";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useText } from "../language";
import type { WorkbookState } from "../pane-engine";
import { stepLabel } from "../steps";
import { UnitImport } from "./unit-import";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function UnitsView({ engine, active, go }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const [state, setState] = useState<WorkbookState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState(false);

  const refresh = useCallback(async (): Promise<WorkbookState | null> => {
    try {
      const next = await engine.readWorkbook();
      setState(next);
      setError(null);
      return next;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return null;
    }
  }, [engine]);

  // Re-read whenever the step is shown: the user may have typed units into the sheet meanwhile.
  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);

  const inputs = state?.inputs.ok ? state.inputs.value : null;
  const buildLabel = text(state?.hasTracker ? "pane.tracker.rebuild" : "pane.tracker.build");

  return (
    <section className={styles.view} aria-labelledby="units-heading">
      <h2 id="units-heading" className={styles.heading}>
        {text("pane.step.units")}
      </h2>
      <p className={styles.intro}>{text("pane.units.stepIntro")}</p>
      {error && <Notice intent="error">{text("pane.unexpectedError", { message: error })}</Notice>}
      {inputs &&
        (inputs.units.length > 0 ? (
          <Notice intent="info">{text("pane.tracker.unitsRead", { units: inputs.units.length })}</Notice>
        ) : (
          <Notice intent="warning">{text("pane.tracker.noUnits")}</Notice>
        ))}
      {state && !state.inputs.ok && <ProblemList problems={state.inputs.problems} />}
      {inputs && <ProblemList problems={inputs.unitSheetProblems} tone="warning" />}
      <UnitImport engine={engine} state={state} refresh={refresh} onWritten={() => setWritten(true)} buildLabel={buildLabel} disabled={false} />
      {(written || (inputs?.units.length ?? 0) > 0) && (
        <div>
          <Button appearance={written ? "primary" : "secondary"} onClick={() => go("tracker")}>
            {text("pane.overview.goTo", { step: stepLabel("tracker", text) })}
          </Button>
        </div>
      )}
    </section>
  );
}
