/**
 * The printable reminders, for units without email: one letter per A4 page, in the document
 * style of the report sheet (Times New Roman; the issuer top left, "ĐẢNG CỘNG SẢN VIỆT NAM" and
 * the date top right; "Kính gửi"; the body; "Nơi nhận" and the signature block). Each letter
 * starts on a page of its own by a manual page break. Values only.
 */
import { DEFAULT_MARGINS } from "../../domain/report";
import { reminderLetter, type Reminder, type ReminderRound } from "../../domain/reminders";
import { t } from "../../i18n/messages";
import type { SheetSpec } from "../sheet-spec";
import { columnLetters } from "../excel-rules";
import { ReportDocument, type Block, type PageFrame, type TextStyle } from "../report/report-document";
import { REPORT_FONT } from "../report/report-formats";
import { dateLineParts } from "../report/report-names";
import { columnsPixels, linePoints } from "../report/text-height";
import { reminderPrintSheetName } from "./reminder-names";

/** Eight equal columns as wide as the report's twelve: A4 portrait inside 30/15 mm margins. */
const WIDTHS = [11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11.5, 11];
const LEFT = { from: 1, to: 4 } as const;
const RIGHT = { from: 5, to: WIDTHS.length } as const;
const BODY_SIZE = 14;

const A4 = { width: 595.28, height: 841.89 } as const;
const POINTS_PER_MM = 72 / 25.4;
const MM_PER_INCH = 25.4;

function pageFrame(): PageFrame {
  const m = DEFAULT_MARGINS;
  const printable = { width: A4.width - (m.left + m.right) * POINTS_PER_MM, height: A4.height - (m.top + m.bottom) * POINTS_PER_MM };
  // Excel fits the columns to the page width by whole percents, rounding down, never enlarging.
  const scale = Math.min(100, Math.floor((100 * printable.width) / (columnsPixels(WIDTHS) * 0.75))) / 100;
  return { rowPoints: printable.height / scale };
}

function letterPage(doc: ReportDocument, round: ReminderRound, reminder: Reminder): void {
  const { context, lang } = round;
  const letter = reminderLetter(context, reminder, { asOf: round.asOf, replyBy: round.replyBy }, lang);
  const left = (label: string, style: TextStyle): Block => ({ ...LEFT, text: label, style: { align: "center", ...style } });
  const right = (label: string, style: TextStyle): Block => ({ ...RIGHT, text: label, style: { align: "center", ...style } });
  // `from` is the issuing body and the office; a plan without an issuer leaves the office alone.
  const office = letter.from[letter.from.length - 1] ?? "";
  const issuer = letter.from.length > 1 ? letter.from[0] : "";
  const date = dateLineParts(round.asOf);
  doc.line([left(issuer, { size: 14 }), right(t("reminders.print.party", {}, lang), { size: 15, bold: true, underline: true })]);
  doc.line([left(office, { size: 14, bold: true })]);
  doc.line([left("*", { size: 14 }), right(t("reminders.print.dateLine", { place: context.place, ...date }, lang), { size: 14, italic: true })]);
  doc.line([left(letter.about, { size: 12, italic: true })]);
  doc.space(linePoints(BODY_SIZE));
  doc.paragraph(letter.salutation, { size: BODY_SIZE, align: "center" });
  doc.space(linePoints(BODY_SIZE) / 2);
  for (const paragraph of letter.body) doc.paragraph(paragraph, { size: BODY_SIZE, align: "justify" }, { indent: true });
  doc.space(linePoints(BODY_SIZE));

  const signer = context.settings.signer;
  const signature: Array<{ text: string; style: TextStyle } | null> = [
    { text: signer.authority, style: { size: 14, bold: true } },
    { text: signer.title, style: { size: 14, bold: true } },
    null,
    null,
    null,
    { text: signer.name, style: { size: 14, bold: true } },
  ];
  const recipients: Array<{ text: string; style: TextStyle }> = [
    { text: t("reminders.print.recipients", {}, lang), style: { size: 12, bold: true, underline: true } },
    { text: t("reminders.print.asAbove", {}, lang), style: { size: 12 } },
    { text: t("reminders.print.file", { office: context.settings.office }, lang), style: { size: 12 } },
  ];
  const height = Math.max(signature.length, recipients.length);
  doc.keep(height * linePoints(14));
  for (let i = 0; i < height; i++) {
    const blocks: Block[] = [];
    const r = recipients[i];
    if (r) blocks.push({ ...LEFT, text: r.text, style: { align: "left", ...r.style } });
    const s = signature[i];
    if (s && s.text) blocks.push(right(s.text, s.style));
    if (blocks.length > 0) doc.line(blocks);
    else doc.space(linePoints(14));
  }
}

/** One page per reminder, in the order given; the sheet is named after the round's date. */
export function reminderPrintSheet(round: ReminderRound, reminders: readonly Reminder[]): SheetSpec {
  const doc = new ReportDocument(WIDTHS, pageFrame());
  reminders.forEach((reminder, i) => {
    if (i > 0) doc.newPage();
    letterPage(doc, round, reminder);
  });
  const content = doc.content(REPORT_FONT);
  const m = DEFAULT_MARGINS;
  return {
    name: reminderPrintSheetName(round.asOf),
    cells: content.cells,
    styles: content.styles,
    merges: content.merges,
    rows: content.rows,
    columns: WIDTHS.map((width, i) => ({ index: i + 1, width })),
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      printArea: `A1:${columnLetters(WIDTHS.length)}${content.lastRow}`,
      pageBreaks: content.pageBreaks,
      margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH, header: 0.3, footer: 0.3 },
    },
  };
}
