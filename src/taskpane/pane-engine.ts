/**
 * The one door from the pane to the workbook: the engine's API bound to a host. Views receive
 * a PaneEngine and never see Office.js, so they can be driven by the real Excel host, the
 * emulated one in tests, or a plain fake.
 */
import type { DeadlineStatus } from "../domain/deadline";
import type { Problem, Result } from "../domain/result";
import type { BuildReport } from "../domain/tracker";
import type { IsoDate, Plan, TaskCode, Unit, UnitCode } from "../domain/types";
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
}

export interface DeadlineSummary {
  asOf: IsoDate;
  units: UnitDeadlines[];
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
  /** The plan read from a document's text; what the parser was unsure of comes back as warnings. */
  parsePlanText(text: string): Result<Plan>;
  /** The language the user chose last time, where the host remembers it; else Vietnamese. */
  preferredLanguage(): Language;
  /** Remembers the user's language for the next session (quietly nothing where the host cannot). */
  rememberLanguage(lang: Language): Promise<void>;
}
