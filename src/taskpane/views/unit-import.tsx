/**
 * "Nhập danh sách đơn vị": a .csv or .xlsx unit list → a preview of what it changes on the Đơn vị
 * sheet → "Ghi vào trang Đơn vị". Nothing is written while the file has problems. The preview is
 * worked out again from the workbook just before writing, so a colleague's edit made meanwhile
 * is neither lost nor marked removed.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { Problem } from "../../domain/result";
import type { Unit } from "../../domain/types";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useText } from "../language";
import type { PaneEngine, WorkbookState } from "../pane-engine";
import { changesSheet, planUnitImport, type UnitImportPlan } from "../unit-import-plan";
import { UnitImportPreview } from "./unit-import-preview";
import { HiddenFileInput } from "../components/hidden-file-input";

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Stage =
  | { kind: "idle" }
  | { kind: "invalid"; file: string; problems: Problem[] }
  | { kind: "preview"; file: string; units: Unit[]; warnings: Problem[]; sheetChanged: boolean }
  | { kind: "saved"; added: number; updated: number; notes: Problem[] };

/** What the sheet holds now, or nothing to merge with when it cannot be read. */
function sheetUnitsOf(state: WorkbookState | null) {
  return state?.inputs.ok ? state.inputs.value : { units: [], removedUnits: [] };
}

/** A unit list is not written over a Đơn vị sheet that cannot be read in full. */
function blockedBy(state: WorkbookState | null): boolean {
  return !state || !state.inputs.ok || state.inputs.value.unitSheetProblems.length > 0;
}

/** The same additions and updates: what the user saw is what will be written. */
function samePlan(a: UnitImportPlan, b: UnitImportPlan): boolean {
  const key = (p: UnitImportPlan) => JSON.stringify([p.added, p.updated]);
  return key(a) === key(b);
}

export interface UnitImportProps {
  engine: PaneEngine;
  state: WorkbookState | null;
  /** Re-reads the workbook (the tracker view shows what it read) and gives what it read. */
  refresh: () => Promise<WorkbookState | null>;
  /** Called once the Đơn vị sheet was written. */
  onWritten: () => void;
  /** The button that then makes the new units' sheets: "Tạo sổ theo dõi" or "Cập nhật sổ theo dõi". */
  buildLabel: string;
  disabled: boolean;
}

export function UnitImport({ engine, state, refresh, onWritten, buildLabel, disabled }: UnitImportProps) {
  const styles = useStyles();
  const text = useText();
  const fileInput = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const units = stage.kind === "preview" ? stage.units : null;
  const plan = useMemo(() => (units ? planUnitImport(sheetUnitsOf(state), units) : null), [state, units]);
  const blocked = blockedBy(state);

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblems([]);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const openFile = (file: File | undefined) =>
    file &&
    attempt(async () => {
      // The file readers (CSV, and exceljs behind them) load only when a file is opened.
      const { readUnitsFile } = await import(/* webpackChunkName: "unit-file" */ "../read-units-file");
      const read = await readUnitsFile(file);
      setStage(
        read.ok
          ? { kind: "preview", file: file.name, units: read.value, warnings: read.warnings, sheetChanged: false }
          : { kind: "invalid", file: file.name, problems: read.problems },
      );
    });

  const write = () =>
    attempt(async () => {
      if (stage.kind !== "preview" || !plan) return;
      const fresh = await refresh();
      const now = planUnitImport(sheetUnitsOf(fresh), stage.units);
      if (blockedBy(fresh) || !samePlan(now, plan)) {
        setStage({ ...stage, sheetChanged: !blockedBy(fresh) });
        return;
      }
      const saved = await engine.saveUnits(now.units);
      if (!saved.ok) {
        setProblems(saved.problems);
        return;
      }
      setStage({ kind: "saved", added: now.added.length, updated: now.updated.length, notes: saved.warnings });
      onWritten();
      await refresh();
    });

  const working = busy || disabled;
  return (
    <section className={styles.view} aria-label={text("pane.units.heading")}>
      <h3 className={styles.heading}>{text("pane.units.heading")}</h3>
      {stage.kind !== "preview" && (
        <>
          <p className={styles.intro}>{text("pane.units.intro")}</p>
          <div className={styles.actions}>
            <Button disabled={working} onClick={() => fileInput.current?.click()}>
              {text("pane.units.openFile")}
            </Button>
            {busy && <Busy />}
          </div>
        </>
      )}
      <HiddenFileInput ref={fileInput} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onPick={(file) => void openFile(file)} />

      {error && <Notice intent="error">{text("pane.unexpectedError", { message: error })}</Notice>}
      {stage.kind === "saved" && <Notice intent="success">{text("pane.units.saved", { added: stage.added, updated: stage.updated, action: buildLabel })}</Notice>}
      {stage.kind === "saved" && <ProblemList problems={stage.notes} tone="warning" />}
      {stage.kind === "invalid" && (
        <>
          <Notice intent="error">{text("pane.units.invalid", { file: stage.file, count: stage.problems.length })}</Notice>
          <ProblemList problems={stage.problems} />
        </>
      )}

      {stage.kind === "preview" && plan && (
        <>
          <Notice intent="info">
            {text("pane.units.summary", { file: stage.file, count: stage.units.length, added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged.length })}
          </Notice>
          {stage.sheetChanged && <Notice intent="warning">{text("pane.units.sheetChanged")}</Notice>}
          {blocked && <Notice intent="warning">{text("pane.units.sheetProblems")}</Notice>}
          <ProblemList problems={stage.warnings} tone="warning" />
          <UnitImportPreview units={stage.units} plan={plan} />
          {!changesSheet(plan) && <Notice intent="success">{text("pane.units.nothingToWrite")}</Notice>}
          <ProblemList problems={problems} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={working || blocked || !changesSheet(plan)} onClick={() => void write()}>
              {text("pane.units.write")}
            </Button>
            <Button disabled={busy} onClick={() => setStage({ kind: "idle" })}>
              {text("pane.units.cancel")}
            </Button>
            {busy && <Busy />}
          </div>
        </>
      )}
      {stage.kind !== "preview" && <ProblemList problems={problems} />}
    </section>
  );
}
