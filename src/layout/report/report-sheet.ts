/**
 * The report sheet "BC <kỳ>", laid out as a party report (Hướng dẫn 36-HD/VPTW, 2018): the
 * issuer block top left and "ĐẢNG CỘNG SẢN VIỆT NAM" top right, number and date line, "BÁO CÁO"
 * and its subject, four numbered sections (results in sentences; the table by task, and the
 * units in brief; shortcomings; next steps), "Nơi nhận" and the signature block, then the table
 * by unit as an appendix on pages of its own. A4 portrait, one page wide, the appendix table's
 * header repeated on each of its pages, page numbers from page 2. Values only: a report that
 * was sent never changes when the tracker does.
 */
import { formatVietnameseDate } from "../../domain/calendar-date";
import type { ReportFigures, ReportRecord, ReportSettings, Tally } from "../../domain/report";
import type { IsoDate, Plan, UnitCode } from "../../domain/types";
import { t } from "../../i18n/messages";
import type { CellContent, SheetSpec } from "../sheet-spec";
import { columnLetters } from "../excel-rules";
import { num, text } from "../tracker/cells";
import { ReportDocument, type Block, type PageFrame, type TableSpec, type TextStyle } from "./report-document";
import { REPORT_FONT, VI_INTEGER_FORMAT, VI_PERCENT_FORMAT } from "./report-formats";
import { dateLineParts } from "./report-names";
import { closingParagraph, introParagraph, nextStepLines, reportingParagraphs, resultParagraphs, shortcomingLines, subjectLine, unitsSummary } from "./report-text";
import { columnsPixels, linePoints } from "./text-height";

export interface ReportSheetInput {
  sheetName: string;
  plan: Plan;
  figures: ReportFigures;
  settings: ReportSettings;
  /** "25-BC/ĐUK" or "-BC/ĐUK" to be numbered at signing. */
  docNumber: string;
  reportDate: IsoDate;
  previous: ReportRecord | null;
  /** How many times each unit was reminded by the cut-off (the reminder log); none when absent. */
  reminded?: ReadonlyMap<UnitCode, number>;
}

/**
 * Twelve columns that fit A4 portrait inside the default margins (165 mm): number, name, units
 * or tasks concerned, four columns of completed, three of not completed, invalid figures, rate.
 */
const WIDTHS = [5, 24, 7, 6, 6, 6, 6, 6, 6, 6, 6.5, 7];
const LAST = WIDTHS.length;
/** The header blocks: issuer on the left (A–D), the party's name and the date on the right. */
const LEFT = { from: 1, to: 4 } as const;
const RIGHT = { from: 5, to: LAST } as const;
/** A task's text in the table: its first words, the full text is on the Kế hoạch sheet. */
const TASK_TEXT_CHARS = 110;

const MM_PER_INCH = 25.4;

function shortText(value: string): string {
  const clean = value.replace(/\s+/g, " ").trim();
  if (clean.length <= TASK_TEXT_CHARS) return clean;
  const cut = clean.slice(0, TASK_TEXT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, "")}…`;
}

function tallyCells(tally: Tally): CellContent[] {
  const c = tally.counts;
  return [
    num(tally.applicable),
    num(tally.done),
    num(c.doneOnTime),
    num(c.doneLate),
    num(tally.completedInPeriod),
    num(c.inProgress),
    num(c.notStarted),
    num(c.overdue),
    num(c.problem),
    tally.rate === null ? text(t("report.table.noDeadline")) : num(tally.rate),
  ];
}

function tableSpec(nameHeader: string, applicableHeader: string, rows: Array<{ name: string; tally: Tally }>, total: Tally, size: number): TableSpec {
  const body: CellContent[][] = rows.map((r, i) => [num(i + 1), text(r.name), ...tallyCells(r.tally)]);
  body.push([text(""), text(t("report.table.total")), ...tallyCells(total)]);
  const count = { align: "center" as const, numberFormat: VI_INTEGER_FORMAT };
  return {
    columns: [
      { header: t("report.table.number") },
      { header: nameHeader },
      { header: applicableHeader },
      { header: t("report.table.done"), children: [t("report.table.count"), t("report.table.onTime"), t("report.table.late"), t("report.table.inPeriod")] },
      { header: t("report.table.open"), children: [t("report.table.inProgress"), t("report.table.notStarted"), t("report.table.overdue")] },
      { header: t("report.table.problems") },
      { header: t("report.table.rate") },
    ],
    body,
    leaf: [{ align: "center" }, { align: "left" }, ...Array.from({ length: 9 }, () => count), { align: "center", numberFormat: VI_PERCENT_FORMAT }],
    size,
    headerSize: Math.max(8, size - 1),
    boldLastRow: true,
  };
}

function taskName(figures: ReportFigures["tasks"][number]): string {
  const deadline = figures.task.deadline ? ` (hạn ${formatVietnameseDate(figures.task.deadline)})` : "";
  return `${figures.task.code}. ${shortText(figures.task.text)}${deadline}`;
}

/** A4 in points, and what one page holds at the scale that fits the columns to its width. */
const A4 = { width: 595.28, height: 841.89 } as const;
const POINTS_PER_MM = 72 / 25.4;

function pageFrame(settings: ReportSettings): PageFrame {
  const m = settings.margins;
  const printable = { width: A4.width - (m.left + m.right) * POINTS_PER_MM, height: A4.height - (m.top + m.bottom) * POINTS_PER_MM };
  const sheetWidth = columnsPixels(WIDTHS) * 0.75;
  // Excel scales by whole percents, rounding down, and never enlarges to fit.
  const scale = Math.min(100, Math.floor((100 * printable.width) / sheetWidth)) / 100;
  return { rowPoints: printable.height / scale };
}

export function reportSheet(input: ReportSheetInput): SheetSpec {
  const { plan, figures, settings } = input;
  const sizes = settings.fontSizes;
  const body: TextStyle = { size: sizes.body, align: "justify" };
  const heading: TextStyle = { size: sizes.body, bold: true, align: "left" };
  const placeholder: TextStyle = { size: sizes.body, italic: true, align: "left", color: "#7F7F7F" };
  const text = (p: string) => doc.paragraph(p, body, { indent: true });
  const title = (p: string) => doc.paragraph(p, heading, { indent: true, keepWithNext: true });
  const doc = new ReportDocument(WIDTHS, pageFrame(settings));

  // Header blocks: parent body / issuing body / * / number on the left; the party's name and
  // the place and date on the right, the date on the number's row.
  const left = (label: string, style: TextStyle): Block => ({ ...LEFT, text: label, style: { align: "center", ...style } });
  const right = (label: string, style: TextStyle): Block => ({ ...RIGHT, text: label, style: { align: "center", ...style } });
  doc.line([left(settings.parentBody.toLocaleUpperCase("vi"), { size: 14 }), right(t("report.header.party"), { size: 15, bold: true, underline: true })]);
  doc.line([left(settings.issuingBody.toLocaleUpperCase("vi"), { size: 14, bold: true })]);
  doc.line([left("*", { size: 14 })]);
  const date = dateLineParts(input.reportDate);
  doc.line([
    left(t("report.header.number", { number: input.docNumber }), { size: 14 }),
    right(t("report.header.dateLine", { place: settings.place, ...date }), { size: 14, italic: true }),
  ]);
  doc.space(linePoints(14));
  doc.paragraph(t("report.title"), { size: sizes.title, bold: true, align: "center" });
  doc.paragraph(subjectLine(plan, figures), { size: sizes.body, bold: true, align: "center" });
  doc.paragraph("-----", { size: sizes.body, align: "center" });
  doc.space(linePoints(sizes.body) / 2);

  text(introParagraph(plan, figures));
  title(t("report.section.results"));
  title(t("report.subsection.reporting"));
  for (const p of reportingParagraphs(figures)) text(p);
  title(t("report.subsection.tasks"));
  for (const p of resultParagraphs(figures, input.previous)) text(`- ${p}`);

  doc.table(tableSpec(t("report.table.task"), t("report.table.applicableUnits"), figures.tasks.map((f) => ({ name: taskName(f), tally: f })), figures.totals, sizes.table), [
    { text: t("report.section.tables"), style: heading, indent: true },
    { text: t("report.subsection.byTask"), style: heading, indent: true },
  ]);
  doc.space();
  title(t("report.subsection.byUnit"));
  text(unitsSummary(figures));

  title(t("report.section.shortcomings"));
  const shortcomings = shortcomingLines(figures, input.reminded);
  for (const p of shortcomings.lead) text(`- ${p}`);
  for (const p of shortcomings.lateUnits) text(`+ ${p}`);
  for (const p of shortcomings.after) text(`- ${p}`);
  doc.paragraph(t("report.text.staffShortcomings"), placeholder, { indent: true });
  title(t("report.section.nextSteps"));
  for (const p of nextStepLines(figures)) text(`- ${p}`);
  doc.paragraph(t("report.text.staffNextSteps"), placeholder, { indent: true });

  // The closing sentence, "Nơi nhận" and the signature block stay on one page.
  const recipients = settings.recipients.map((r, i) => `- ${r.replace(/[,.;]+$/, "")}${i === settings.recipients.length - 1 ? "." : ","}`);
  const signature: Array<{ text: string; style: TextStyle } | null> = [
    { text: settings.signer.authority, style: { size: 14, bold: true } },
    { text: settings.signer.title, style: { size: 14, bold: true } },
    null,
    null,
    null,
    null,
    { text: settings.signer.name, style: { size: 14, bold: true } },
  ];
  const leftLines: Array<{ text: string; style: TextStyle }> = [
    { text: t("report.recipients"), style: { size: 14, underline: true } },
    ...recipients.map((r) => ({ text: r, style: { size: sizes.recipients } })),
  ];
  const height = Math.max(leftLines.length, signature.length);
  doc.keep((height + 4) * linePoints(14));
  text(closingParagraph(plan, figures));
  doc.space(linePoints(sizes.body));
  for (let i = 0; i < height; i++) {
    const blocks: Block[] = [];
    const l = leftLines[i];
    if (l) blocks.push({ ...LEFT, text: l.text, style: { align: "left", ...l.style } });
    const s = signature[i];
    if (s && s.text) blocks.push({ ...RIGHT, text: s.text, style: { align: "center", ...s.style } });
    if (blocks.length > 0) doc.line(blocks);
    else doc.space(linePoints(14));
  }

  // The table by unit, long with hundreds of units, is an appendix on pages of its own.
  doc.newPage();
  doc.paragraph(t("report.appendix.title"), { size: sizes.body, bold: true, align: "center" });
  doc.paragraph(t("report.appendix.subject"), { size: sizes.body, bold: true, align: "center" });
  doc.paragraph(t("report.appendix.attached", { number: input.docNumber, date: formatVietnameseDate(input.reportDate) }), { size: sizes.body, italic: true, align: "center" });
  doc.space();
  const unitRows = figures.units.map((u) => ({ name: u.reported ? u.unit.name : `${u.unit.name} (${t("report.table.notReported")})`, tally: u }));
  doc.table(tableSpec(t("report.table.unit"), t("report.table.applicableTasks"), unitRows, figures.totals, sizes.table));

  const content = doc.content(REPORT_FONT);
  const m = settings.margins;
  return {
    name: input.sheetName,
    cells: content.cells,
    styles: content.styles,
    merges: content.merges,
    rows: content.rows,
    columns: WIDTHS.map((width, i) => ({ index: i + 1, width })),
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      printArea: `A1:${columnLetters(LAST)}${content.lastRow}`,
      pageBreaks: content.pageBreaks,
      margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH, header: 0.3, footer: 0.3 },
      pageNumbers: { skipFirst: true },
    },
  };
}
