/**
 * "Nhập báo cáo đơn vị": the files units sent back → each judged against the tracker (refusals
 * with their reasons; per unit and task what is new, changed, or a conflict with its three
 * values) → the user ticks the units, and each conflict to overwrite → one write of the
 * confirmed cells, logged in Nhật ký nhập báo cáo. Nothing is written before that click.
 */
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { todayLocal } from "../../domain/calendar-date";
import type { Problem } from "../../domain/result";
import { changeKey, type FieldChange } from "../../domain/unit-return";
import { formatNumberVi } from "../../domain/vietnamese-number";
import { Busy } from "../components/busy";
import { HiddenFileInput } from "../components/hidden-file-input";
import { Notice } from "../components/notice";
import { useOneAction } from "../components/use-one-action";
import { useProblemText, useText } from "../language";
import type { PaneEngine, UnitReturnsPreview } from "../pane-engine";
import { changesByTask, choiceTotals, importChoice, initialChoice, returnsSummary, shownValue, withAllUnits, withConflict, withUnit, type ReturnChoice } from "../unit-returns";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  unit: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  file: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  task: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  conflict: { color: tokens.colorPaletteRedForeground1 },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function UnitReturnsImport({ engine, onWritten }: { engine: PaneEngine; onWritten?: () => void }) {
  const styles = useStyles();
  const text = useText();
  const problemText = useProblemText();
  const fileInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<UnitReturnsPreview | null>(null);
  const [choice, setChoice] = useState<ReturnChoice>({ units: new Set(), conflicts: new Set() });
  const [warnings, setWarnings] = useState<Problem[]>([]);
  const { busy, message, setMessage, run } = useOneAction();

  const open = (files: File[]) =>
    files.length > 0 &&
    run(async () => {
      const result = await engine.previewUnitReturns(files);
      if (!result.ok) {
        setPreview(null);
        setMessage({ intent: "error", text: result.problems.map((p) => problemText(p)).join(" ") });
        return;
      }
      setWarnings(result.warnings);
      setPreview(result.value);
      setChoice(initialChoice(result.value));
    });

  const apply = () =>
    run(async () => {
      const result = await engine.applyUnitReturns(importChoice(choice), todayLocal());
      if (!result.ok) {
        setMessage({ intent: "error", text: result.problems.map((p) => problemText(p)).join(" ") });
        return;
      }
      const done = result.value;
      setPreview(null);
      setWarnings(result.warnings);
      setMessage(
        done.cells === 0
          ? { intent: "info", text: text("pane.unitReturns.unchanged") }
          : { intent: "success", text: text("pane.unitReturns.applied", { cells: formatNumberVi(done.cells), files: formatNumberVi(done.files), conflicts: formatNumberVi(done.conflictsLeft) }) },
      );
      if (done.cells > 0) onWritten?.();
    });

  const summary = preview ? returnsSummary(preview) : null;
  const totals = preview ? choiceTotals(preview, choice) : { cells: 0, units: 0 };
  const withChanges = preview?.files.filter((f) => f.unit && f.refused.length === 0 && f.changes.length > 0) ?? [];
  const allTicked = withChanges.length > 0 && withChanges.every((f) => choice.units.has(f.unit!.code));
  const show = (change: FieldChange, value: FieldChange["returned"]) => shownValue(value, change.field, text("unitFile.blank"));
  const field = (change: FieldChange) => preview?.fields[change.field] ?? change.field;

  return (
    <section className={styles.view} aria-labelledby="unit-returns-heading">
      <h3 id="unit-returns-heading" className={styles.heading}>
        {text("pane.unitReturns.heading")}
      </h3>
      <p className={styles.intro}>{text("pane.unitReturns.intro")}</p>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {text("pane.unitReturns.pick")}
        </Button>
        {busy && <Busy />}
      </div>
      <HiddenFileInput ref={fileInput} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onPickMany={(files) => void open(files)} />
      {message && <Notice intent={message.intent}>{message.text}</Notice>}
      {warnings.length > 0 && <Notice intent="warning">{warnings.map((p) => problemText(p)).join(" ")}</Notice>}

      {preview && summary && (
        <>
          <Notice intent={summary.refused > 0 ? "warning" : "info"}>
            {text("pane.unitReturns.summary", { files: summary.files, taken: summary.taken, refused: summary.refused, changes: summary.changes, conflicts: summary.conflicts })}
          </Notice>
          {preview.files
            .filter((f) => f.refused.length > 0)
            .map((f, i) => (
              <Notice key={`refused-${i}`} intent="error">
                {text("unitFile.refused", { file: f.file })}
                <ul className={styles.reasons}>
                  {f.refused.map((p, j) => (
                    // The file is named in the headline; each reason says where in it.
                    <li key={j}>{problemText({ ...p, at: p.at ? { ...p.at, file: undefined } : undefined })}</li>
                  ))}
                </ul>
              </Notice>
            ))}
          {withChanges.length > 1 && <Checkbox checked={allTicked} onChange={(_, d) => setChoice(withAllUnits(preview, choice, d.checked === true))} label={text("pane.unitReturns.takeAll")} />}
          <ul className={styles.list} aria-label={text("pane.unitReturns.heading")}>
            {preview.files
              .filter((f) => f.unit && f.refused.length === 0)
              .map((f) => {
                const unit = f.unit!;
                return (
                  <li key={f.file} className={styles.unit}>
                    <Checkbox
                      checked={choice.units.has(unit.code)}
                      disabled={f.changes.length === 0}
                      onChange={(_, d) => setChoice(withUnit(choice, unit.code, d.checked === true))}
                      label={<strong>{text("pane.unitReturns.unit", { code: unit.code, name: unit.name })}</strong>}
                    />
                    <p className={styles.file}>{f.file}</p>
                    {f.changes.length === 0 && <span>{text("pane.unitReturns.nothing")}</span>}
                    {changesByTask(f.changes).map((group) => (
                      <div key={group.task}>
                        <p className={styles.task}>{text("pane.unitReturns.task", { task: group.task })}</p>
                        <ul className={styles.changes}>
                          {group.changes.map((c) =>
                            c.decision === "conflict" ? (
                              <li key={c.field} className={styles.conflict}>
                                {text("pane.unitReturns.conflict", { field: field(c), exported: show(c, c.exported), current: show(c, c.current), returned: show(c, c.returned) })}
                                <Checkbox
                                  checked={choice.conflicts.has(changeKey(c))}
                                  onChange={(_, d) => setChoice(withConflict(choice, c, d.checked === true))}
                                  label={text("pane.unitReturns.overwrite")}
                                />
                              </li>
                            ) : (
                              <li key={c.field}>{text("pane.unitReturns.change", { field: field(c), from: show(c, c.current), to: show(c, c.returned), decision: text(`unitFile.decision.${c.decision}`) })}</li>
                            ),
                          )}
                        </ul>
                      </div>
                    ))}
                  </li>
                );
              })}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || totals.cells === 0} onClick={() => void apply()}>
              {text("pane.unitReturns.apply", { cells: formatNumberVi(totals.cells), units: formatNumberVi(totals.units) })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
