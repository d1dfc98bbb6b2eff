/**
 * The plan's editable form: header fields, then one block per task (code, deadline, text,
 * assignee). Laid out in one column because a task pane is about 320 px wide.
 */
import { Button, Field, Input, Select, Switch, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DOCUMENT_KINDS, type DocumentKind } from "../../domain/types";
import type { MessageKey } from "../../i18n";
import { formatProblem } from "../../i18n/format-problem";
import { useLanguage, useText } from "../language";
import { newTask, type DraftErrors, type PlanDraft, type TaskDraft } from "../plan-draft";
import { flaggedCount, type TaskReview } from "../plan-review";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Grid items default to their content's width; inputs must shrink to the pane's ~320 px.
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
  input: { width: "100%", minWidth: 0, "& input": { minWidth: 0 } },
  task: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  taskHead: { display: "grid", gridTemplateColumns: "6em minmax(0, 1fr) auto", gap: tokens.spacingHorizontalS, alignItems: "end", "& > *": { minWidth: 0 } },
  tasksTitle: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  flagged: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorderActive}` },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  source: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  excerpt: { margin: `${tokens.spacingVerticalXS} 0 0`, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

type HeaderField = Exclude<keyof PlanDraft, "tasks" | "kept" | "kind">;

interface PlanFormProps {
  draft: PlanDraft;
  errors: DraftErrors;
  /** Per task id: its source lines and warnings; empty for a plan typed from scratch. */
  review?: ReadonlyMap<string, TaskReview>;
  onChange: (draft: PlanDraft) => void;
}

export function PlanForm({ draft, errors, review = new Map(), onChange }: PlanFormProps) {
  const styles = useStyles();
  const text = useText();
  const flagged = flaggedCount(review);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  // A task with a field error stays listed, so the error the save reported can be seen and fixed.
  const shown = flaggedOnly
    ? draft.tasks.filter((t) => (review.get(t.id)?.problems.length ?? 0) > 0 || Object.keys(errors).some((k) => k.startsWith(`task:${t.id}:`)))
    : draft.tasks;
  const errorText = (id: string): string | undefined => (errors[id] ? text(errors[id].key, errors[id].params) : undefined);

  const field = (name: HeaderField, label: MessageKey, multiline = false, placeholder?: MessageKey) => (
    <Field label={text(label)} validationMessage={errorText(name)} validationState={errors[name] ? "error" : "none"}>
      {multiline ? (
        <Textarea value={draft[name]} resize="vertical" rows={2} onChange={(_, d) => onChange({ ...draft, [name]: d.value })} />
      ) : (
        <Input className={styles.input} value={draft[name]} placeholder={placeholder ? text(placeholder) : undefined} onChange={(_, d) => onChange({ ...draft, [name]: d.value })} />
      )}
    </Field>
  );

  const setTask = (id: string, patch: Partial<TaskDraft>) =>
    onChange({ ...draft, tasks: draft.tasks.map((t) => (t.id === id ? { ...t, ...patch } : t)) });

  return (
    <div className={styles.form}>
      <div className={styles.pair}>
        {field("docNumber", "pane.plan.field.docNumber")}
        <Field label={text("pane.plan.field.kind")}>
          <Select className={styles.input} value={draft.kind} onChange={(_, d) => onChange({ ...draft, kind: d.value as DocumentKind })}>
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind} – {text(`planKind.${kind}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        {field("issuedOn", "pane.plan.field.issuedOn", false, "pane.plan.datePlaceholder")}
        {field("place", "pane.plan.field.place")}
      </div>
      {field("parentIssuer", "pane.plan.field.parentIssuer")}
      {field("issuer", "pane.plan.field.issuer")}
      {field("subject", "pane.plan.field.subject", true)}
      {field("references", "pane.plan.field.references", true)}

      <h3 className={styles.tasksTitle}>
        {text("pane.plan.tasks")} ({draft.tasks.length})
      </h3>
      {errors.tasks && <Field validationMessage={errorText("tasks")} validationState="error" />}
      {flagged > 0 && (
        <Switch
          checked={flaggedOnly}
          label={text("pane.plan.review.flaggedOnly", { count: flagged, total: draft.tasks.length })}
          onChange={(_, d) => setFlaggedOnly(d.checked)}
        />
      )}
      {shown.map((task) => (
        <TaskBlock
          key={task.id}
          task={task}
          errors={errors}
          review={review.get(task.id)}
          onChange={(patch) => setTask(task.id, patch)}
          onRemove={() => onChange({ ...draft, tasks: draft.tasks.filter((t) => t.id !== task.id) })}
        />
      ))}
      <Button onClick={() => onChange({ ...draft, tasks: [...draft.tasks, newTask(draft.tasks)] })}>{text("pane.plan.task.add")}</Button>

      <h3 className={styles.tasksTitle}>{text("pane.plan.field.signer")}</h3>
      <div className={styles.pair}>
        {field("signerAuthority", "pane.plan.field.signerAuthority")}
        {field("signerTitle", "pane.plan.field.signerTitle")}
      </div>
      {field("signerName", "pane.plan.field.signerName")}
      {field("recipients", "pane.plan.field.recipients", true)}
    </div>
  );
}

interface TaskBlockProps {
  task: TaskDraft;
  errors: DraftErrors;
  review: TaskReview | undefined;
  onChange: (patch: Partial<TaskDraft>) => void;
  onRemove: () => void;
}

function TaskBlock({ task, errors, review, onChange, onRemove }: TaskBlockProps) {
  const styles = useStyles();
  const text = useText();
  const { lang } = useLanguage();
  const problems = review?.problems ?? [];
  const error = (name: string) => errors[`task:${task.id}:${name}`];
  const message = (name: string) => {
    const e = error(name);
    return e ? text(e.key, e.params) : undefined;
  };
  const state = (name: string) => (error(name) ? "error" : "none");
  return (
    <div className={problems.length > 0 ? `${styles.task} ${styles.flagged}` : styles.task} role="group" aria-label={task.code}>
      <div className={styles.taskHead}>
        <Field label={text("pane.plan.task.code")} validationMessage={message("code")} validationState={state("code")}>
          <Input className={styles.input} value={task.code} onChange={(_, d) => onChange({ code: d.value })} />
        </Field>
        <Field label={text("pane.plan.task.deadline")} validationMessage={message("deadline")} validationState={state("deadline")}>
          <Input className={styles.input} value={task.deadline} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => onChange({ deadline: d.value })} />
        </Field>
        <Button appearance="subtle" aria-label={text("pane.plan.task.remove", { code: task.code })} title={text("pane.plan.task.remove", { code: task.code })} onClick={onRemove}>
          ✕
        </Button>
      </div>
      <Field label={text("pane.plan.task.text")} validationMessage={message("text")} validationState={state("text")}>
        <Textarea value={task.text} resize="vertical" rows={3} onChange={(_, d) => onChange({ text: d.value })} />
      </Field>
      <Field label={text("pane.plan.task.assignee")}>
        <Input className={styles.input} value={task.assignee} onChange={(_, d) => onChange({ assignee: d.value })} />
      </Field>
      {problems.length > 0 && (
        <ul className={styles.notes}>
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p, lang)}</li>
          ))}
        </ul>
      )}
      {review && review.excerpt !== "" && (
        <details className={styles.source}>
          <summary>
            {review.last > review.first
              ? text("pane.plan.review.sourceLines", { first: review.first, last: review.last })
              : text("pane.plan.review.sourceLine", { first: review.first })}
          </summary>
          <pre className={styles.excerpt}>{review.excerpt}</pre>
        </details>
      )}
    </div>
  );
}
