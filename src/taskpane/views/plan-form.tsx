/**
 * The plan's editable form: header fields, then one block per task (code, deadline, text,
 * assignee). Laid out in one column because a task pane is about 320 px wide.
 * A parsed plan can have 80 tasks and more: each task block is memoised and gets callbacks that
 * do not change, so typing into one task re-renders that task only.
 */
import { Button, Checkbox, Field, Input, Select, Switch, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useCallback, useId, useState } from "react";
import { DOCUMENT_KINDS, type DocumentKind } from "../../domain/types";
import type { MessageKey } from "../../i18n";
import { formatProblem } from "../../i18n/format-problem";
import { useLanguage, useText } from "../language";
import { newTask, typedDateError, type DraftErrors, type PlanDraft, type TaskDraft } from "../plan-draft";
import { everFlagged, flaggedCount, isFlagged, selectShown, shownSelectionState, shownTasks, type AcceptResult, type TaskReview } from "../plan-review";

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
  taskHead: { display: "grid", gridTemplateColumns: "auto 5.5em minmax(0, 1fr) auto", gap: tokens.spacingHorizontalXS, alignItems: "end", "& > *": { minWidth: 0 } },
  // The checkbox sits level with the inputs, not with their labels.
  pick: { alignSelf: "end", marginBottom: "2px" },
  bulk: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  checked: { margin: 0, color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  outcome: { margin: 0, fontSize: tokens.fontSizeBase200 },
  refused: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  tasksTitle: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  flagged: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorderActive}` },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  source: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // The document's own line breaks are kept (the line numbers refer to them); a proportional
  // font fits more of each line into the pane's width than a monospace one.
  excerpt: { margin: `${tokens.spacingVerticalXS} 0 0`, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  // Under the whole row rather than under the narrow deadline column, where it would wrap
  // into a tall strip and push the row's other inputs down.
  rowError: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

type HeaderField = Exclude<keyof PlanDraft, "tasks" | "kept" | "kind">;

interface PlanFormProps {
  draft: PlanDraft;
  errors: DraftErrors;
  /** Per task id: its source lines and warnings; empty for a plan typed from scratch. */
  review?: ReadonlyMap<string, TaskReview>;
  /** Applies an edit to the draft as it is when the edit lands (a stable function). */
  update: (edit: (draft: PlanDraft) => PlanDraft) => void;
  /** Marks the chosen tasks as checked; says which were and which could not be. */
  onAccept?: (ids: ReadonlySet<string>) => AcceptResult;
}

const NO_REVIEW: ReadonlyMap<string, TaskReview> = new Map();

export function PlanForm({ draft, errors, review = NO_REVIEW, update, onAccept }: PlanFormProps) {
  const styles = useStyles();
  const text = useText();
  const flagged = flaggedCount(review);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [acceptance, setAcceptance] = useState<AcceptResult | null>(null);
  const shown = shownTasks(draft.tasks, review, errors, flaggedOnly);
  const picked = draft.tasks.filter((t) => selection.has(t.id));
  const errorText = (id: string): string | undefined => (errors[id] ? text(errors[id].key, errors[id].params) : undefined);

  const field = (name: HeaderField, label: MessageKey, multiline = false, placeholder?: MessageKey) => (
    <Field label={text(label)} validationMessage={errorText(name)} validationState={errors[name] ? "error" : "none"}>
      {multiline ? (
        <Textarea value={draft[name]} resize="vertical" rows={2} onChange={(_, d) => update((now) => ({ ...now, [name]: d.value }))} />
      ) : (
        <Input className={styles.input} value={draft[name]} placeholder={placeholder ? text(placeholder) : undefined} onChange={(_, d) => update((now) => ({ ...now, [name]: d.value }))} />
      )}
    </Field>
  );

  const setTask = useCallback(
    (id: string, patch: Partial<TaskDraft>) => update((now) => ({ ...now, tasks: now.tasks.map((t) => (t.id === id ? { ...t, ...patch } : t)) })),
    [update],
  );
  const removeTask = useCallback((id: string) => update((now) => ({ ...now, tasks: now.tasks.filter((t) => t.id !== id) })), [update]);
  const pick = useCallback((id: string, on: boolean) => {
    setSelection((now) => {
      const next = new Set(now);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const accept = () => {
    if (!onAccept) return;
    const result = onAccept(new Set(picked.map((t) => t.id)));
    setAcceptance(result);
    // The refused tasks stay selected, so they can be accepted again once fixed.
    setSelection(new Set(result.refused.map((r) => r.id)));
  };

  return (
    <div className={styles.form}>
      <div className={styles.pair}>
        {field("docNumber", "pane.plan.field.docNumber")}
        <Field label={text("pane.plan.field.kind")}>
          <Select className={styles.input} value={draft.kind} onChange={(_, d) => update((now) => ({ ...now, kind: d.value as DocumentKind }))}>
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
      {everFlagged(review) && (
        <Switch
          checked={flaggedOnly}
          label={text("pane.plan.review.flaggedOnly", { count: flagged, total: draft.tasks.length })}
          onChange={(_, d) => setFlaggedOnly(d.checked)}
        />
      )}
      {onAccept && shown.length > 0 && (
        <div className={styles.bulk}>
          <Checkbox
            checked={shownSelectionState(selection, shown)}
            label={text("pane.plan.review.selectShown", { count: shown.length })}
            onChange={(_, d) => setSelection(selectShown(selection, shown, d.checked === true))}
          />
          <Button appearance="primary" disabled={picked.length === 0} onClick={accept}>
            {text("pane.plan.review.accept", { count: picked.length })}
          </Button>
        </div>
      )}
      {acceptance && (
        <div role="status">
          {acceptance.accepted.length > 0 && <p className={styles.outcome}>{text("pane.plan.review.accepted", { count: acceptance.accepted.length })}</p>}
          {acceptance.refused.length > 0 && (
            <ul className={styles.refused}>
              {acceptance.refused.map((r) => (
                <li key={r.id}>
                  {text("pane.plan.review.notAccepted", { code: r.code, what: r.lacks.map((f) => text(`pane.plan.review.lacks.${f}`)).join("; ") })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {flaggedOnly && shown.length === 0 && <p className={styles.outcome}>{text("pane.plan.review.noneLeft")}</p>}
      {shown.map((task) => (
        <TaskBlock
          key={task.id}
          task={task}
          errors={errors}
          review={review.get(task.id)}
          selected={selection.has(task.id)}
          selectable={onAccept !== undefined}
          onChange={setTask}
          onRemove={removeTask}
          onSelect={pick}
        />
      ))}
      <Button onClick={() => update((now) => ({ ...now, tasks: [...now.tasks, newTask(now.tasks)] }))}>{text("pane.plan.task.add")}</Button>

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
  selected: boolean;
  selectable: boolean;
  onChange: (id: string, patch: Partial<TaskDraft>) => void;
  onRemove: (id: string) => void;
  onSelect: (id: string, on: boolean) => void;
}

const TaskBlock = memo(function TaskBlock({ task, errors, review, selected, selectable, onChange, onRemove, onSelect }: TaskBlockProps) {
  const styles = useStyles();
  const text = useText();
  const { lang } = useLanguage();
  // The deadline is checked as soon as the user leaves the field, not only when saving; until
  // then a half-typed date is not called wrong.
  const [deadlineLeft, setDeadlineLeft] = useState(false);
  const problems = review?.problems ?? [];
  const error = (name: string) => errors[`task:${task.id}:${name}`];
  const message = (name: string) => {
    const e = error(name);
    return e ? text(e.key, e.params) : undefined;
  };
  const state = (name: string) => (error(name) ? "error" : "none");
  // Once shown, a deadline error follows what is typed, so it goes away when the date is fixed.
  const deadlineError = deadlineLeft || error("deadline") ? typedDateError(task.deadline) : null;
  const deadlineErrorId = useId();
  return (
    <div className={isFlagged(review) ? `${styles.task} ${styles.flagged}` : styles.task} role="group" aria-label={task.code}>
      <div className={styles.taskHead}>
        {selectable ? (
          <Checkbox className={styles.pick} checked={selected} aria-label={text("pane.plan.review.selectTask", { code: task.code })} onChange={(_, d) => onSelect(task.id, d.checked === true)} />
        ) : (
          <span />
        )}
        <Field label={text("pane.plan.task.code")} validationMessage={message("code")} validationState={state("code")}>
          <Input className={styles.input} value={task.code} onChange={(_, d) => onChange(task.id, { code: d.value })} />
        </Field>
        <Field label={text("pane.plan.task.deadline")} validationState={deadlineError ? "error" : "none"}>
          <Input
            className={styles.input}
            value={task.deadline}
            placeholder={text("pane.plan.datePlaceholder")}
            aria-describedby={deadlineError ? deadlineErrorId : undefined}
            onChange={(_, d) => onChange(task.id, { deadline: d.value })}
            onBlur={() => setDeadlineLeft(true)}
          />
        </Field>
        <Button appearance="subtle" aria-label={text("pane.plan.task.remove", { code: task.code })} title={text("pane.plan.task.remove", { code: task.code })} onClick={() => onRemove(task.id)}>
          ✕
        </Button>
      </div>
      {deadlineError && (
        <p id={deadlineErrorId} className={styles.rowError} role="alert">
          {text("pane.plan.task.deadline")}: {text(deadlineError.key, deadlineError.params)}
        </p>
      )}
      <Field label={text("pane.plan.task.text")} validationMessage={message("text")} validationState={state("text")}>
        <Textarea value={task.text} resize="vertical" rows={3} onChange={(_, d) => onChange(task.id, { text: d.value })} />
      </Field>
      <Field label={text("pane.plan.task.assignee")}>
        <Input className={styles.input} value={task.assignee} onChange={(_, d) => onChange(task.id, { assignee: d.value })} />
      </Field>
      {problems.length > 0 && (
        <ul className={styles.notes}>
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p, lang)}</li>
          ))}
        </ul>
      )}
      {problems.length === 0 && review && review.accepted.length > 0 && <p className={styles.checked}>✓ {text("pane.plan.review.checked", { count: review.accepted.length })}</p>}
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
});
