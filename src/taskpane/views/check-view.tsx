/**
 * "Kiểm tra hạn": every unit × task judged as of a chosen date (today by default), counted on
 * top, filtered to what needs attention (late, due soon, done late, invalid entries) and grouped
 * by unit or by task. A click on an entry selects its status cell in the unit's sheet.
 */
import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import { DONE_LATE, DUE_SOON, LATE, PROBLEM_STATUSES, type DeadlineStatus } from "../../domain/deadline";
import type { Problem } from "../../domain/result";
import type { ViewProps } from "../app";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useLanguage, useText, type TextFn } from "../language";
import type { DeadlineRow, DeadlineSummary } from "../pane-engine";
import { readTypedDate } from "../plan-draft";
import { statusLabel } from "../status-label";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  filters: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, border: "none", margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  groups: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  rows: { margin: 0, padding: 0, listStyleType: "none" },
  row: { justifyContent: "flex-start", textAlign: "left", width: "100%", minWidth: 0, fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere" },
  late: { color: tokens.colorPaletteRedForeground1 },
  soon: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Filter = "late" | "dueSoon" | "doneLate" | "problems";
const FILTERS: ReadonlyArray<{ id: Filter; label: "pane.check.filter.late" | "pane.check.filter.dueSoon" | "pane.check.filter.doneLate" | "pane.check.filter.problems"; statuses: readonly DeadlineStatus[] }> = [
  { id: "late", label: "pane.check.filter.late", statuses: [LATE] },
  { id: "dueSoon", label: "pane.check.filter.dueSoon", statuses: [DUE_SOON] },
  { id: "doneLate", label: "pane.check.filter.doneLate", statuses: [DONE_LATE] },
  { id: "problems", label: "pane.check.filter.problems", statuses: PROBLEM_STATUSES },
];
/** Rows drawn at most: hundreds of units × tens of tasks would make the pane crawl. */
const MAX_ROWS = 400;

type GroupBy = "unit" | "task";

interface Group {
  key: string;
  title: string;
  rows: DeadlineRow[];
}

function groupRows(rows: readonly DeadlineRow[], by: GroupBy, reminded: (unit: string) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = by === "unit" ? row.unit : row.task;
    let group = groups.get(key);
    if (!group) {
      group = { key, title: by === "unit" ? `${row.unitName}${reminded(row.unit)}` : row.task, rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

function rowText(row: DeadlineRow, by: GroupBy, text: TextFn, status: string): string {
  const deadline = row.deadline ? formatVietnameseDate(row.deadline) : "—";
  const what = by === "unit" ? row.task : row.unitName;
  if (row.result === LATE && row.days !== null) return text("pane.check.rowLate", { task: what, deadline, days: row.days });
  if (row.result === DUE_SOON && row.days !== null) return text("pane.check.rowSoon", { task: what, deadline, days: -row.days });
  return text(by === "unit" ? "pane.check.rowOther" : "pane.check.rowUnit", { task: what, unit: what, status });
}

export function CheckView({ engine }: ViewProps) {
  const styles = useStyles();
  const text = useText();
  const { lang } = useLanguage();
  const [asOfText, setAsOfText] = useState(() => formatVietnameseDate(todayLocal()));
  const [summary, setSummary] = useState<DeadlineSummary | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [filters, setFilters] = useState<ReadonlySet<Filter>>(() => new Set<Filter>(["late", "dueSoon"]));
  const [groupBy, setGroupBy] = useState<GroupBy>("unit");
  const asOf = readTypedDate(asOfText);
  const dateError = asOf === "invalid" || asOf === null;

  const check = async () => {
    if (busy || asOf === "invalid" || asOf === null) return;
    setBusy(true);
    setError(null);
    setNotice(null);
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

  const show = async (row: DeadlineRow) => {
    setNotice(null);
    const shown = row.cell ? await engine.selectCell(row.cell).catch(() => false) : false;
    if (!shown) setNotice(text("pane.check.cellMissing"));
  };

  const counts = useMemo(() => {
    const of = (statuses: readonly DeadlineStatus[]) => summary?.rows.filter((r) => statuses.includes(r.result)).length ?? 0;
    return { late: of([LATE]), soon: of([DUE_SOON]), doneLate: of([DONE_LATE]), problems: of(PROBLEM_STATUSES) };
  }, [summary]);
  const shown = useMemo(() => {
    const statuses = FILTERS.filter((f) => filters.has(f.id)).flatMap((f) => f.statuses);
    return summary?.rows.filter((r) => statuses.includes(r.result)) ?? [];
  }, [summary, filters]);
  const groups = useMemo(() => {
    const times = new Map(summary?.units.map((u) => [u.code as string, u.reminded]) ?? []);
    const reminded = (unit: string) => ((times.get(unit) ?? 0) > 0 ? ` ${text("pane.check.reminded", { times: times.get(unit) ?? 0 })}` : "");
    return groupRows(shown.slice(0, MAX_ROWS), groupBy, reminded);
  }, [shown, groupBy, summary, text]);
  const lateUnits = summary ? new Set(summary.rows.filter((r) => r.result === LATE).map((r) => r.unit)).size : 0;
  const soonUnits = summary ? new Set(summary.rows.filter((r) => r.result === DUE_SOON).map((r) => r.unit)).size : 0;

  const toggle = (id: Filter, on: boolean) =>
    setFilters((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className={styles.view} aria-labelledby="check-heading">
      <h2 id="check-heading" className={styles.heading}>
        {text("pane.check.heading")}
      </h2>
      <div className={styles.form}>
        <Field label={text("pane.check.asOf")} validationState={asOf === "invalid" ? "error" : "none"} validationMessage={asOf === "invalid" ? text("pane.plan.dateInvalid", { value: asOfText }) : undefined}>
          <Input value={asOfText} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => setAsOfText(d.value)} style={{ width: "8.5em" }} />
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
          <Notice intent={lateUnits ? "warning" : "success"}>
            {text("pane.check.summary", { date: formatVietnameseDate(summary.asOf), late: lateUnits, soon: soonUnits, units: summary.units.length })}
          </Notice>
          <p style={{ margin: 0 }}>{text("pane.check.counts", { late: counts.late, soon: counts.soon, doneLate: counts.doneLate, problems: counts.problems })}</p>
          <fieldset className={styles.filters}>
            <legend className={styles.legend}>{text("pane.check.filter")}</legend>
            {FILTERS.map((f) => (
              <Checkbox key={f.id} checked={filters.has(f.id)} onChange={(_, d) => toggle(f.id, d.checked === true)} label={text(f.label)} />
            ))}
          </fieldset>
          <Field label={text("pane.check.groupBy")} orientation="horizontal">
            <Select value={groupBy} onChange={(_, d) => setGroupBy(d.value as GroupBy)}>
              <option value="unit">{text("pane.check.groupBy.unit")}</option>
              <option value="task">{text("pane.check.groupBy.task")}</option>
            </Select>
          </Field>
          {notice && <Notice intent="warning">{notice}</Notice>}
          {groups.length === 0 ? (
            <p>{text("pane.check.nothing")}</p>
          ) : (
            <ul className={styles.groups} aria-label={text("pane.check.byUnit")}>
              {groups.map((g) => (
                <li key={g.key}>
                  <p className={styles.group}>{g.title}</p>
                  <ul className={styles.rows}>
                    {g.rows.map((row) => (
                      <li key={`${row.unit}-${row.task}`}>
                        <Button
                          appearance="subtle"
                          size="small"
                          className={styles.row}
                          onClick={() => void show(row)}
                          title={row.cell ? text("pane.check.goToCell", { cell: row.cell.address, sheet: row.cell.sheet }) : undefined}
                        >
                          <span className={row.result === LATE ? styles.late : row.result === DUE_SOON ? styles.soon : undefined}>{rowText(row, groupBy, text, statusLabel(row.result, lang))}</span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {shown.length > MAX_ROWS && <p>{text("pane.check.more", { count: shown.length - MAX_ROWS })}</p>}
        </>
      )}
    </section>
  );
}
