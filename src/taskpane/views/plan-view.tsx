/**
 * "Nhập kế hoạch": the plan's text (pasted, or from a .txt/.docx/.pdf file) → the parsed plan in an
 * editable form → saved into the Kế hoạch sheet. The form can also start empty.
 */
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { Problem } from "../../domain/result";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useText } from "../language";
import type { PaneEngine } from "../pane-engine";
import { emptyPlan } from "../../domain/types";
import { fromDraft, toDraft, type DraftErrors, type PlanDraft } from "../plan-draft";
import { acceptTasks, flaggedCount, planWarnings, reviewOf, type TaskReview } from "../plan-review";
import { readPlanFile } from "../read-plan-file";
import { PlanForm } from "./plan-form";
import { HiddenFileInput } from "../components/hidden-file-input";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sticky: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { margin: 0 },
});

type Outcome = { kind: "parsed"; tasks: number; flagged: number } | { kind: "invalid"; count: number } | { kind: "saved"; plan: string; notes: Problem[] } | { kind: "error"; message: string } | null;

export function PlanView({ engine }: { engine: PaneEngine }) {
  const styles = useStyles();
  const text = useText();
  const fileInput = useRef<HTMLInputElement>(null);
  const [source, setSource] = useState("");
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [warnings, setWarnings] = useState<Problem[]>([]);
  const [review, setReview] = useState<Map<string, TaskReview>>(new Map());
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const parse = async (documentText: string) => {
    const result = await engine.parsePlanText(documentText);
    setProblems(result.ok ? [] : result.problems);
    if (!result.ok) return;
    const parsed = toDraft(result.value);
    setDraft(parsed);
    setWarnings(result.warnings);
    const parsedReview = reviewOf(parsed.tasks, result.value.taskLines, result.warnings, documentText);
    setReview(parsedReview);
    setErrors({});
    setOutcome({ kind: "parsed", tasks: result.value.tasks.length, flagged: flaggedCount(parsedReview) });
  };

  const update = useCallback((edit: (now: PlanDraft) => PlanDraft) => setDraft((now) => (now ? edit(now) : now)), []);

  const accept = (ids: ReadonlySet<string>) => {
    const result = acceptTasks(review, draft?.tasks ?? [], ids);
    setReview(result.review);
    // An accepted task's old errors are gone; a refused one shows what it lacks.
    const kept = Object.entries(errors).filter(([key]) => ![...ids].some((id) => key.startsWith(`task:${id}:`)));
    setErrors({ ...Object.fromEntries(kept), ...result.errors });
    return result;
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const read = await readPlanFile(file);
    setBusy(false);
    if (!read.ok) {
      setProblems(read.problems);
      return;
    }
    setSource(read.value);
    await parse(read.value);
  };

  const save = async () => {
    if (!draft) return;
    const checked = fromDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOutcome({ kind: "invalid", count: Object.keys(checked.errors).length });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const result = await engine.savePlan(checked.plan);
      setProblems(result.ok ? [] : result.problems);
      if (result.ok) {
        setOutcome({ kind: "saved", plan: checked.plan.docNumber, notes: result.warnings });
      }
    } catch (error) {
      setOutcome({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setDraft(null);
    setWarnings([]);
    setReview(new Map());
    setProblems([]);
    setErrors({});
    setOutcome(null);
  };

  return (
    <section className={styles.view} aria-label={text("pane.plan.heading")}>
      {outcome?.kind === "saved" && <Notice intent="success">{text("pane.plan.saved", { plan: outcome.plan })}</Notice>}
      {outcome?.kind === "saved" && <ProblemList problems={outcome.notes} tone="warning" />}
      {outcome?.kind === "parsed" && draft && (
        <Notice intent="info">
          {outcome.flagged > 0 ? text("pane.plan.parsedFlagged", { tasks: outcome.tasks, flagged: outcome.flagged }) : text("pane.plan.parsed", { tasks: outcome.tasks })}
        </Notice>
      )}
      {outcome?.kind === "invalid" && <Notice intent="error">{text("pane.plan.fixFields", { count: outcome.count })}</Notice>}
      {outcome?.kind === "error" && <Notice intent="error">{text("pane.unexpectedError", { message: outcome.message })}</Notice>}
      <ProblemList problems={problems} />

      {draft === null ? (
        <>
          <p className={styles.intro}>{text("pane.plan.intro")}</p>
          <Field label={text("pane.plan.pasteLabel")}>
            <Textarea value={source} rows={10} resize="vertical" placeholder={text("pane.plan.pastePlaceholder")} onChange={(_, d) => setSource(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={source.trim() === ""} onClick={() => parse(source)}>
              {text("pane.plan.parse")}
            </Button>
            <Button onClick={() => fileInput.current?.click()}>{text("pane.plan.openFile")}</Button>
            <Button onClick={() => { setDraft(toDraft(emptyPlan())); setReview(new Map()); setOutcome(null); setProblems([]); }}>{text("pane.plan.fromScratch")}</Button>
            <HiddenFileInput ref={fileInput} accept=".txt,.docx,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf" onPick={(file) => void openFile(file)} />
          </div>
          {busy && <Busy />}
        </>
      ) : (
        <>
          <ProblemList problems={planWarnings(warnings)} tone="warning" />
          <PlanForm draft={draft} errors={errors} review={review} update={update} onAccept={review.size > 0 ? accept : undefined} />
          <div className={styles.sticky}>
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              {text("pane.plan.save")}
            </Button>
            <Button disabled={busy} onClick={startOver}>
              {text("pane.plan.discard")}
            </Button>
            {busy && <Busy />}
          </div>
        </>
      )}
    </section>
  );
}
