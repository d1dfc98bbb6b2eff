/**
 * "Báo cáo": choose the period and the cut-off, see the headline figures, make the report sheet,
 * then hand the report on (a standalone file, an email draft). The register of reports made is
 * listed below. Loaded on first use: it is not part of the pane's first download.
 */
import { Button, Field, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { dateParts, formatVietnameseDate, todayLocal } from "../../domain/calendar-date";
import type { CutoffConvention, Period, Quarter } from "../../domain/report";
import { periodCode } from "../../domain/report/period";
import type { Problem } from "../../domain/result";
import type { IsoDate } from "../../domain/types";
import { formatNumberVi, formatPercentVi } from "../../domain/vietnamese-number";
import type { MessageKey } from "../../i18n";
import { Busy } from "../components/busy";
import { Notice } from "../components/notice";
import { ProblemList } from "../components/problem-list";
import { useText } from "../language";
import type { PaneEngine, ReportMadeView, ReportPreviewView } from "../pane-engine";
import { readTypedDate } from "../plan-draft";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  narrow: { width: "7em" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type Kind = Period["kind"];
const KINDS: Kind[] = ["month", "quarter", "half", "nineMonths", "year", "custom"];

interface Choice {
  kind: Kind;
  year: string;
  month: number;
  quarter: Quarter;
  from: string;
  to: string;
  convention: "" | CutoffConvention;
}

/** The month just ended: what an office reports on at the start of a month. */
function initialChoice(today: IsoDate): Choice {
  const { year, month } = dateParts(today);
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return { kind: "month", year: String(previous.year), month: previous.month, quarter: Math.ceil(previous.month / 3) as Quarter, from: "", to: "", convention: "" };
}

function periodOf(choice: Choice): { period: Period } | { error: MessageKey } {
  if (choice.kind === "custom") {
    const from = readTypedDate(choice.from);
    const to = readTypedDate(choice.to);
    if (from === null || from === "invalid" || to === null || to === "invalid") return { error: "pane.plan.dateInvalid" };
    return from > to ? { error: "pane.report.rangeInvalid" } : { period: { kind: "custom", from, to } };
  }
  if (!/^\d{4}$/.test(choice.year.trim())) return { error: "pane.report.yearInvalid" };
  const year = Number(choice.year);
  switch (choice.kind) {
    case "month":
      return { period: { kind: "month", year, month: choice.month } };
    case "quarter":
      return { period: { kind: "quarter", year, quarter: choice.quarter } };
    default:
      return { period: { kind: choice.kind, year } };
  }
}

const capitalized = (value: string) => value.charAt(0).toLocaleUpperCase("vi") + value.slice(1);

function readNumber(text: string): number | null | "invalid" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d{1,6}$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : "invalid";
}

type Outcome =
  | { kind: "made"; made: ReportMadeView }
  | { kind: "handedOff"; fileName: string; opened: boolean }
  | { kind: "emailed"; to: string | null; fileName: string }
  | { kind: "error"; message: string }
  | null;

export function ReportView({ engine }: { engine: PaneEngine }) {
  const styles = useStyles();
  const text = useText();
  const [choice, setChoice] = useState<Choice>(() => initialChoice(todayLocal()));
  const [preview, setPreview] = useState<ReportPreviewView | null>(null);
  const [made, setMade] = useState<ReportMadeView | null>(null);
  const [numberText, setNumberText] = useState("");
  const [dateText, setDateText] = useState(() => formatVietnameseDate(todayLocal()));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const chosen = periodOf(choice);
  const number = readNumber(numberText);
  const reportDate = readTypedDate(dateText);
  const change = (patch: Partial<Choice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    // Figures shown for another period would mislead.
    setPreview(null);
  };

  /** Runs one action at a time; the buttons are disabled meanwhile, so none starts twice. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblems([]);
    setOutcome(null);
    try {
      await action();
    } catch (error) {
      setOutcome({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const showFigures = () =>
    run(async () => {
      if (!("period" in chosen)) return;
      const result = await engine.previewReport({ period: chosen.period, convention: choice.convention || undefined });
      setProblems(result.ok ? result.warnings : result.problems);
      setPreview(result.ok ? result.value : null);
      if (result.ok) setNumberText(String(result.value.suggestedNumber));
    });

  const make = (replace: boolean) =>
    run(async () => {
      if (!("period" in chosen) || number === "invalid" || reportDate === null || reportDate === "invalid") return;
      const result = await engine.createReport({ period: chosen.period, convention: choice.convention || undefined, number, reportDate, replace });
      setProblems(result.ok ? result.warnings : result.problems);
      if (!result.ok) return;
      setMade(result.value);
      setOutcome({ kind: "made", made: result.value });
      const refreshed = await engine.previewReport({ period: chosen.period, convention: choice.convention || undefined });
      if (refreshed.ok) setPreview(refreshed.value);
    });

  const handOff = () =>
    run(async () => {
      if (!made) return;
      const result = await engine.handOffReport(made.record.periodCode);
      // Its warnings name what this Excel could not do (open a new workbook), so say why it downloaded.
      setProblems(result.ok ? result.warnings : result.problems);
      if (result.ok) setOutcome({ kind: "handedOff", ...result.value });
    });

  const email = () =>
    run(async () => {
      if (!made) return;
      const result = await engine.emailReport(made.record.periodCode);
      if (!result.ok) setProblems(result.problems);
      else setOutcome({ kind: "emailed", to: result.value.to, fileName: made.fileName });
    });

  const choiceError = "error" in chosen ? chosen.error : null;
  const h = preview?.headline;
  const sameAsMade = made && "period" in chosen && made.record.periodCode === periodCode(chosen.period);

  return (
    <section className={styles.view} aria-label={text("pane.report.heading")}>
      <h2 className={styles.heading}>{text("pane.report.heading")}</h2>
      <p className={styles.intro}>{text("pane.report.intro")}</p>

      <div className={styles.row}>
        <Field label={text("pane.report.kind")}>
          <Select value={choice.kind} onChange={(_, d) => change({ kind: d.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {text(`pane.report.kind.${k}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        {choice.kind === "month" && (
          <Field label={text("pane.report.month")}>
            <Select className={styles.narrow} value={String(choice.month)} onChange={(_, d) => change({ month: Number(d.value) })}>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i} value={String(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {choice.kind === "quarter" && (
          <Field label={text("pane.report.quarter")}>
            <Select className={styles.narrow} value={String(choice.quarter)} onChange={(_, d) => change({ quarter: Number(d.value) as Quarter })}>
              {["I", "II", "III", "IV"].map((q, i) => (
                <option key={q} value={String(i + 1)}>
                  {q}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {choice.kind !== "custom" && (
          <Field label={text("pane.report.year")} validationState={choiceError === "pane.report.yearInvalid" ? "error" : "none"} validationMessage={choiceError === "pane.report.yearInvalid" ? text(choiceError) : undefined}>
            <Input className={styles.narrow} inputMode="numeric" value={choice.year} onChange={(_, d) => change({ year: d.value })} />
          </Field>
        )}
      </div>
      {choice.kind === "custom" && (
        <div className={styles.row}>
          <Field label={text("pane.report.from")}>
            <Input value={choice.from} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => change({ from: d.value })} />
          </Field>
          <Field label={text("pane.report.to")}>
            <Input value={choice.to} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => change({ to: d.value })} />
          </Field>
        </div>
      )}
      {choice.kind === "custom" && choiceError && (choice.from !== "" || choice.to !== "") && <Notice intent="warning">{text(choiceError, { value: `${choice.from} – ${choice.to}` })}</Notice>}
      <Field label={text("pane.report.convention")}>
        <Select value={choice.convention} onChange={(_, d) => change({ convention: d.value as Choice["convention"] })}>
          <option value="">{text("pane.report.convention.tracker")}</option>
          <option value="calendar">{text("pane.report.convention.calendar")}</option>
          <option value="nd09">{text("pane.report.convention.nd09")}</option>
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance={preview ? "secondary" : "primary"} disabled={busy || choiceError !== null} onClick={() => void showFigures()}>
          {text("pane.report.preview")}
        </Button>
        {busy && <Busy />}
      </div>

      {outcome?.kind === "error" && <Notice intent="error">{text("pane.unexpectedError", { message: outcome.message })}</Notice>}
      <ProblemList problems={problems} tone={preview || made ? "warning" : "error"} />

      {preview && h && (
        <>
          <Notice intent="info">
            {text("pane.report.range", { period: capitalized(preview.periodLabel), from: formatVietnameseDate(preview.range.from), to: formatVietnameseDate(preview.range.to) })}{" "}
            {text("pane.report.headline", {
              reported: formatNumberVi(h.reportedUnits),
              units: formatNumberVi(h.units),
              done: formatNumberVi(h.done),
              applicable: formatNumberVi(h.applicable),
              rate: formatPercentVi(h.applicable > 0 ? h.done / h.applicable : 0),
              overdue: formatNumberVi(h.overdue),
              late: formatNumberVi(preview.lateUnits),
            })}
          </Notice>
          <div className={styles.row}>
            <Field
              label={text("pane.report.number")}
              hint={text("pane.report.numberHint", { suggested: preview.suggestedNumber, code: preview.issuerCode })}
              validationState={number === "invalid" ? "error" : "none"}
              validationMessage={number === "invalid" ? text("pane.report.numberInvalid") : undefined}
            >
              <Input className={styles.narrow} inputMode="numeric" value={numberText} onChange={(_, d) => setNumberText(d.value)} />
            </Field>
            <Field
              label={text("pane.report.date")}
              validationState={reportDate === "invalid" || reportDate === null ? "error" : "none"}
              validationMessage={reportDate === "invalid" ? text("pane.plan.dateInvalid", { value: dateText }) : undefined}
            >
              <Input value={dateText} placeholder={text("pane.plan.datePlaceholder")} onChange={(_, d) => setDateText(d.value)} />
            </Field>
          </div>
          {preview.existing && !sameAsMade && <Notice intent="warning">{text("pane.report.exists", { number: preview.existing.docNumber, sheet: preview.existing.sheet })}</Notice>}
          <div className={styles.actions}>
            {preview.existing ? (
              <Button appearance="primary" disabled={busy || number === "invalid" || reportDate === null || reportDate === "invalid"} onClick={() => void make(true)}>
                {text("pane.report.replace", { sheet: preview.existing.sheet })}
              </Button>
            ) : (
              <Button appearance="primary" disabled={busy || number === "invalid" || reportDate === null || reportDate === "invalid"} onClick={() => void make(false)}>
                {text("pane.report.make")}
              </Button>
            )}
          </div>
          <p className={styles.hint}>{text("pane.report.settingsHint")}</p>
        </>
      )}

      {made && (
        <>
          <Notice intent="success">
            {text(made.replaced ? "pane.report.madeAgain" : "pane.report.made", { number: made.record.docNumber, period: made.record.periodLabel, sheet: made.record.sheet })}{" "}
            {text("pane.report.next")}
          </Notice>
          <div className={styles.actions}>
            <Button disabled={busy} onClick={() => void handOff()}>
              {text("pane.report.handOff")}
            </Button>
            <Button disabled={busy} onClick={() => void email()}>
              {text("pane.report.email")}
            </Button>
          </div>
        </>
      )}
      {outcome?.kind === "handedOff" && (
        <Notice intent="success">{text(outcome.opened ? "pane.report.handOffOpened" : "pane.report.handOffDownloaded", { file: outcome.fileName })}</Notice>
      )}
      {outcome?.kind === "emailed" && (
        <Notice intent={outcome.to ? "success" : "warning"}>
          {outcome.to ? text("pane.report.emailOpened", { to: outcome.to, file: outcome.fileName }) : text("pane.report.emailNoAddress")}
        </Notice>
      )}

      {preview && (
        <>
          <h3 className={styles.subheading}>{text("pane.report.register")}</h3>
          {preview.records.length === 0 ? (
            <p className={styles.hint}>{text("pane.report.registerEmpty")}</p>
          ) : (
            <Table size="extra-small" aria-label={text("pane.report.register")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{text("pane.report.col.period")}</TableHeaderCell>
                  <TableHeaderCell>{text("pane.report.col.number")}</TableHeaderCell>
                  <TableHeaderCell>{text("pane.report.col.cutoff")}</TableHeaderCell>
                  <TableHeaderCell>{text("pane.report.col.file")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.records.map((r) => (
                  <TableRow key={r.periodCode}>
                    <TableCell>{r.periodLabel}</TableCell>
                    <TableCell>{r.docNumber}</TableCell>
                    <TableCell>{formatVietnameseDate(r.range.to)}</TableCell>
                    <TableCell>{r.file ?? ""}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
