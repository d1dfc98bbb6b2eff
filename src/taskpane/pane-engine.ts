/**
 * The one door from the pane to the workbook: the engine's API bound to a host. Views receive
 * a PaneEngine and never see Office.js, so they can be driven by the real Excel host, the
 * emulated one in tests, or a plain fake.
 */
import type { DeadlineStatus } from "../domain/deadline";
import type { CutoffConvention, HeadlineFigures, Period, PeriodRange, ReportRecord } from "../domain/report";
import type { Problem, Result } from "../domain/result";
import type { TaskSpan } from "../domain/plan-text";
import type { BuildReport } from "../domain/tracker";
import type { IsoDate, Plan, TaskCode, Unit, UnitCode } from "../domain/types";
import type { ReminderChannel, ReminderRound, ReminderScope } from "../domain/reminders";
import type { TrackerOverview } from "../engine/overview";
import type { FieldChange, ImportChoice } from "../domain/unit-return";
import type { PickedFile } from "./picked-file";
import type { Language } from "../i18n";

export interface WorkbookInputs {
  plan: Plan | null;
  units: Unit[];
  /** Units the Đơn vị sheet marks "Đã bỏ": importing one of their codes brings it back. */
  removedUnits: Unit[];
  /**
   * Rows of the Đơn vị sheet that cannot be read (also among the inputs' warnings). A unit list
   * is not imported over them: a unit whose row cannot be read would be added a second time.
   */
  unitSheetProblems: Problem[];
}

export interface WorkbookState {
  /** The plan and units as read from the Kế hoạch and Đơn vị sheets (problems name sheet and cell). */
  inputs: Result<WorkbookInputs>;
  /** False before the first build: neither the Kế hoạch nor the Đơn vị sheet exists. */
  hasInputSheets: boolean;
  /** True once the tracker was built in this workbook (a rebuild updates it in place). */
  hasTracker: boolean;
}

/** One unit's deadline statuses as of a date: how many tasks are in each, and which are late. */
export interface UnitDeadlines {
  code: UnitCode;
  name: string;
  counts: Partial<Record<DeadlineStatus, number>>;
  lateTasks: TaskCode[];
  /** Times the unit was reminded up to the as-of date, as the Nhật ký đôn đốc log records. */
  reminded: number;
}

/** One unit × task as judged on the as-of date, and where its status is typed. */
export interface DeadlineRow {
  unit: UnitCode;
  unitName: string;
  task: TaskCode;
  deadline: IsoDate | null;
  result: DeadlineStatus;
  /** "Số ngày": positive = days late. */
  days: number | null;
  /** The status cell on the unit's sheet; null when its sheet or row is gone. */
  cell: { sheet: string; address: string } | null;
}

export interface DeadlineSummary {
  asOf: IsoDate;
  units: UnitDeadlines[];
  rows: DeadlineRow[];
}

/** Which report: the period and, when the user chose one, the cut-off convention. */
export interface ReportChoice {
  period: Period;
  convention?: CutoffConvention;
}

/** What a report would say, before it is made. */
export interface ReportPreviewView {
  periodLabel: string;
  range: PeriodRange;
  sheetName: string;
  convention: CutoffConvention;
  /** The period's report already in the workbook, which making it again replaces. */
  existing: { docNumber: string; sheet: string } | null;
  suggestedNumber: number;
  /** "ĐUK" of 25-BC/ĐUK. */
  issuerCode: string;
  headline: HeadlineFigures;
  lateUnits: number;
  silentUnits: number;
  /** The register: every report made from this tracker. */
  records: ReportRecord[];
}

export interface ReportRequestView extends ReportChoice {
  /** null: left blank, numbered at signing. */
  number: number | null;
  reportDate: IsoDate;
  /** The user confirmed replacing the period's earlier report. */
  replace: boolean;
}

export interface ReportMadeView {
  record: ReportRecord;
  replaced: boolean;
  lateUnits: number;
  fileName: string;
}

/** The units' files just made and handed to the user (Gửi mẫu cho đơn vị). */
export interface UnitFilesMade {
  /** What was downloaded: the one file, or the .zip holding them all. */
  download: string;
  bytes: number;
  files: Array<{ unit: Unit; fileName: string }>;
  /** The date units are asked to send their file back by: today plus the reminder settings' working days. */
  replyBy: IsoDate;
}

/** One returned file as judged: refused (with why), or its unit and what differs from the tracker. */
export interface UnitReturnView {
  file: string;
  unit: Unit | null;
  refused: Problem[];
  changes: FieldChange[];
}

export interface UnitReturnsPreview {
  /** In the order the files were picked. */
  files: UnitReturnView[];
  /** Each field's column header on a unit sheet ("Trạng thái", a measure's label), by field. */
  fields: Record<string, string>;
}

export interface UnitReturnsApplied {
  cells: number;
  files: number;
  conflictsLeft: number;
}

export interface PaneEngine {
  readWorkbook(): Promise<WorkbookState>;
  createInputSheets(): Promise<Result<void>>;
  buildTracker(today: IsoDate): Promise<Result<BuildReport>>;
  savePlan(plan: Plan): Promise<Result<void>>;
  /**
   * Writes the unit list into the Đơn vị sheet (adding the sheet if missing): rows of listed
   * codes are updated, new codes appended, users' other rows and columns kept; a unit on the
   * sheet but not in `units` is marked "Đã bỏ", so pass the whole list. Unit sheets are made by
   * the next buildTracker.
   */
  saveUnits(units: Unit[]): Promise<Result<void>>;
  checkDeadlines(asOf: IsoDate): Promise<Result<DeadlineSummary>>;
  /** The figures of a report as of its cut-off, without writing anything. */
  previewReport(choice: ReportChoice): Promise<Result<ReportPreviewView>>;
  /** Writes the report sheet and its register row. */
  createReport(request: ReportRequestView): Promise<Result<ReportMadeView>>;
  /**
   * The standalone file of a report made in this session (the report alone, values only):
   * opened as a new workbook where Excel can, downloaded otherwise; noted in the register.
   */
  handOffReport(periodCode: string): Promise<Result<{ fileName: string; opened: boolean }>>;
  /** Opens an email draft of a report made in this session, for the user to attach the file and send. */
  emailReport(periodCode: string): Promise<Result<{ to: string | null }>>;
  /** The reminders of a round as of a date (reads only); the round is kept for the actions below. */
  previewReminders(asOf: IsoDate, scope: ReminderScope): Promise<Result<ReminderRound>>;
  /** Opens an email draft of one unit's reminder of the last round. */
  emailReminder(unit: UnitCode): Promise<Result<{ to: string }>>;
  /** Opens one draft to the chosen units, their addresses in Bcc; names those without an address. */
  emailReminders(units: readonly UnitCode[]): Promise<Result<{ count: number; missing: Unit[] }>>;
  /** Writes the printable reminder sheet (one page per unit) for the chosen units. */
  printReminders(units: readonly UnitCode[]): Promise<Result<{ sheet: string }>>;
  /** Appends the reminders the user confirms were sent to the Nhật ký đôn đốc sheet. */
  logReminders(sent: ReadonlyArray<{ unit: UnitCode; channel: ReminderChannel }>, sentOn: IsoDate): Promise<Result<{ rows: number }>>;
  /**
   * One standalone .xlsx per unit ("all": every active unit), written in the browser and
   * downloaded: the file itself for one unit, one .zip for several. Kept for the drafts below.
   */
  makeUnitFiles(units: readonly UnitCode[] | "all", today: IsoDate): Promise<Result<UnitFilesMade>>;
  /** Opens the email draft that sends a unit its file just made, asking for it back by `replyBy`. */
  emailUnitFile(unit: UnitCode, replyBy: IsoDate): Promise<Result<{ to: string }>>;
  /** The returned files judged against the tracker: refusals and differences; nothing written. */
  previewUnitReturns(files: readonly PickedFile[]): Promise<Result<UnitReturnsPreview>>;
  /**
   * The changes of the files last previewed that the user confirmed, judged again against the
   * tracker as it is now, written in one change with their Nhật ký nhập báo cáo rows.
   */
  applyUnitReturns(choice: ImportChoice, today: IsoDate): Promise<Result<UnitReturnsApplied>>;
  /** Where the plan stands today and the next step (reads only). */
  readOverview(today: IsoDate): Promise<Result<TrackerOverview>>;
  /** Shows a cell to the user: its sheet activated, the cell selected. False when it cannot be shown. */
  selectCell(cell: { sheet: string; address: string }): Promise<boolean>;
  /**
   * The plan read from a document's text; what the parser was unsure of comes back as warnings,
   * and for each task the source lines it was read from (for the review form).
   */
  parsePlanText(text: string): Promise<Result<Plan & { taskLines?: TaskSpan[] }>>;
  /** The language the user chose last time, where the host remembers it; else Vietnamese. */
  preferredLanguage(): Language;
  /** Remembers the user's language for the next session (quietly nothing where the host cannot). */
  rememberLanguage(lang: Language): Promise<void>;
}
