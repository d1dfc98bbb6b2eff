/**
 * An in-memory PaneEngine for the preview test: it keeps a plan and units the way the
 * workbook would, so the pane's views can be clicked through without any Excel.
 */
import { ok, fail, type Result } from "../../../src/domain/result";
import { emptyBuildReport, type BuildReport } from "../../../src/domain/tracker";
import type { IsoDate, Plan, TaskCode, Unit, UnitCode } from "../../../src/domain/types";
import { DONE_ON_TIME, DUE_SOON, IN_TIME, LATE } from "../../../src/domain/deadline";
import { parsePlanTextDetailed, type TaskSpan } from "../../../src/domain/plan-text";
import type { Language } from "../../../src/i18n";
import type { DeadlineSummary, PaneEngine, ReportMadeView, ReportPreviewView, WorkbookState } from "../../../src/taskpane/pane-engine";
import { periodCode, type ReportRecord } from "../../../src/domain/report";
import { defaultReminderSettings, wordReminder, type ReminderChannel, type ReminderContext, type ReminderRound, type ReminderScope } from "../../../src/domain/reminders";
import type { TrackerOverview } from "../../../src/engine/overview";
import { unitFileName } from "../../../src/domain/unit-return";

const UNITS: Unit[] = [
  { code: "DV001" as UnitCode, name: "Chi bộ Sở Tư pháp", kind: "chi bộ", head: "Trần Văn B", email: null, members: 25 },
  { code: "DV002" as UnitCode, name: "Đảng bộ Sở Giáo dục và Đào tạo", kind: "đảng bộ cơ sở", head: null, email: null, members: 140 },
  { code: "DV003" as UnitCode, name: "Chi bộ Ban Quản lý Khu kinh tế", kind: "chi bộ", head: null, email: null, members: 18 },
];

export function fakeEngine(): PaneEngine & { calls: string[] } {
  let sheets = false;
  let plan: Plan | null = null;
  let built = false;
  let units: Unit[] = UNITS;
  let lang: Language = "vi";
  let records: ReportRecord[] = [];
  let reminded = 0;
  const calls: string[] = [];
  const pause = () => new Promise((r) => setTimeout(r, 150));
  return {
    calls,
    async readWorkbook(): Promise<WorkbookState> {
      calls.push("readWorkbook");
      await pause();
      return { inputs: ok({ plan, units: sheets ? units : [], removedUnits: [], unitSheetProblems: [] }), hasInputSheets: sheets, hasTracker: built };
    },
    async createInputSheets(): Promise<Result<void>> {
      calls.push("createInputSheets");
      sheets = true;
      return ok(undefined);
    },
    async savePlan(next: Plan): Promise<Result<void>> {
      calls.push(`savePlan ${next.docNumber} ${next.tasks.length}`);
      plan = next;
      sheets = true;
      return ok(undefined);
    },
    async saveUnits(next: Unit[]): Promise<Result<void>> {
      calls.push(`saveUnits ${next.map((u) => u.code).join(",")}`);
      await pause();
      units = next;
      sheets = true;
      return ok(undefined);
    },
    preferredLanguage: () => lang,
    async rememberLanguage(next: Language): Promise<void> {
      calls.push(`rememberLanguage ${next}`);
      lang = next;
    },
    async buildTracker(today: IsoDate): Promise<Result<BuildReport>> {
      calls.push(`buildTracker ${today}`);
      await pause();
      if (!plan) return fail({ key: "pane.tracker.noPlan", at: { sheet: "Kế hoạch", cell: "B2" } });
      const report = emptyBuildReport(!built);
      if (!built) report.sheetsAdded = UNITS.map((u) => u.name);
      else report.userEntriesKept = 4;
      report.unitsAdded = built ? [] : UNITS.map((u) => u.code);
      built = true;
      return ok(report);
    },
    async checkDeadlines(asOf: IsoDate): Promise<Result<DeadlineSummary>> {
      calls.push(`checkDeadlines ${asOf}`);
      await pause();
      return ok({
        asOf,
        units: [
          { code: UNITS[0].code, name: UNITS[0].name, counts: { [LATE]: 2, [DONE_ON_TIME]: 3 }, lateTasks: ["NV02", "NV05"] as TaskCode[], reminded: reminded },
          { code: UNITS[1].code, name: UNITS[1].name, counts: { [DUE_SOON]: 1, [IN_TIME]: 4 }, lateTasks: [], reminded: 0 },
          { code: UNITS[2].code, name: UNITS[2].name, counts: { [DONE_ON_TIME]: 5 }, lateTasks: [], reminded: 0 },
        ],
        rows: [
          { unit: UNITS[0].code, unitName: UNITS[0].name, task: "NV02" as TaskCode, deadline: "2019-12-10" as IsoDate, result: LATE, days: 13, cell: { sheet: "DV001", address: "D7" } },
          { unit: UNITS[0].code, unitName: UNITS[0].name, task: "NV05" as TaskCode, deadline: "2019-12-20" as IsoDate, result: LATE, days: 3, cell: { sheet: "DV001", address: "D10" } },
          { unit: UNITS[1].code, unitName: UNITS[1].name, task: "NV06" as TaskCode, deadline: "2019-12-27" as IsoDate, result: DUE_SOON, days: -4, cell: null },
          { unit: UNITS[2].code, unitName: UNITS[2].name, task: "NV01" as TaskCode, deadline: "2019-12-31" as IsoDate, result: DONE_ON_TIME, days: -2, cell: { sheet: "DV003", address: "D6" } },
        ],
      });
    },
    async selectCell(cell) {
      calls.push(`selectCell ${cell.sheet}!${cell.address}`);
      return true;
    },
    async readOverview(today: IsoDate): Promise<Result<TrackerOverview>> {
      calls.push(`readOverview ${today}`);
      await pause();
      return ok({
        today,
        hasInputSheets: sheets,
        hasTracker: built,
        plan: plan ? { docNumber: plan.docNumber, subject: plan.subject, tasks: plan.tasks.length } : null,
        units: sheets ? units.length : 0,
        lateUnits: built ? 1 : 0,
        latePairs: built ? 2 : 0,
        dueSoonUnits: built ? 1 : 0,
        problemPairs: 0,
        reminders: { rows: reminded * 2, units: reminded ? 2 : 0, lastSent: reminded ? ("2019-12-23" as IsoDate) : null },
        reports: records.length,
        lastReport: records.length ? { docNumber: records[records.length - 1].docNumber, periodLabel: records[records.length - 1].periodLabel } : null,
        dueReport: built ? { periodCode: "2019-11", periodLabel: "tháng 11 năm 2019", cutoff: "2019-11-30" as IsoDate, made: false } : null,
        nextStep: !sheets ? "start" : !plan ? "plan" : !built ? "build" : "remind",
      });
    },
    async previewReminders(asOf: IsoDate, scope: ReminderScope): Promise<Result<ReminderRound>> {
      calls.push(`previewReminders ${asOf} ${scope}`);
      await pause();
      const context: ReminderContext = {
        plan: { kind: "KH", docNumber: plan?.docNumber ?? "13-KH/ĐUK", issuedOn: "2019-12-02" as IsoDate, subject: plan?.subject ?? "" },
        parentBody: "ĐẢNG BỘ TỈNH BÌNH PHƯỚC",
        issuingBody: "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP",
        place: "Bình Phước",
        workingDays: false,
        settings: defaultReminderSettings({ issuer: "ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP" }),
      };
      const dates = { asOf, replyBy: "2019-12-30" as IsoDate };
      const late = { code: "NV05" as TaskCode, text: "Trực tiếp phổ biến, quán triệt Kết luận 50-KL/TW", deadline: "2019-12-20" as IsoDate, days: 3, round: reminded + 1 };
      const reminders = [
        wordReminder(context, { unit: { ...UNITS[0], email: "tuphap@binhphuoc.example.vn" }, silent: false, late: [late], dueSoon: [], round: reminded + 1 }, dates),
        wordReminder(context, { unit: UNITS[2], silent: false, late: [late], dueSoon: [], round: reminded + 1 }, dates),
      ];
      return ok({ asOf, replyBy: dates.replyBy, scope, reminders, logCount: reminded * 2, lang: "vi", context });
    },
    async emailReminder(unit: UnitCode) {
      calls.push(`emailReminder ${unit}`);
      return ok({ to: "tuphap@binhphuoc.example.vn" });
    },
    async emailReminders(chosen: readonly UnitCode[]) {
      calls.push(`emailReminders ${chosen.join(",")}`);
      return ok({ count: chosen.length, missing: [] });
    },
    async printReminders(chosen: readonly UnitCode[]) {
      calls.push(`printReminders ${chosen.join(",")}`);
      return ok({ sheet: "Đôn đốc 23-12-2019" });
    },
    async logReminders(sent: ReadonlyArray<{ unit: UnitCode; channel: ReminderChannel }>, sentOn: IsoDate) {
      calls.push(`logReminders ${sent.map((s) => `${s.unit}:${s.channel}`).join(",")} ${sentOn}`);
      reminded += 1;
      return ok({ rows: sent.length });
    },
    async previewReport(choice): Promise<Result<ReportPreviewView>> {
      calls.push(`previewReport ${periodCode(choice.period)} ${choice.convention ?? "tracker"}`);
      await pause();
      const existing = records.find((r) => r.periodCode === periodCode(choice.period)) ?? null;
      return ok({
        periodLabel: "tháng 12 năm 2019",
        range: { from: "2019-12-01" as IsoDate, to: "2019-12-31" as IsoDate },
        sheetName: "BC tháng 12-2019",
        convention: choice.convention ?? "calendar",
        existing: existing ? { docNumber: existing.docNumber, sheet: existing.sheet } : null,
        suggestedNumber: existing?.number ?? records.length + 1,
        issuerCode: "ĐUK",
        headline: { units: 3, reportedUnits: 2, applicable: 15, done: 8, doneOnTime: 7, overdue: 2 },
        lateUnits: 1,
        silentUnits: 1,
        records: [...records],
      });
    },
    async createReport(request): Promise<Result<ReportMadeView>> {
      calls.push(`createReport ${periodCode(request.period)} ${request.number ?? "blank"} ${request.reportDate} ${request.replace}`);
      await pause();
      const code = periodCode(request.period);
      if (!request.replace && records.some((r) => r.periodCode === code)) return fail({ key: "report.exists", params: { period: "tháng 12 năm 2019", sheet: "BC tháng 12-2019" } });
      const record: ReportRecord = {
        number: request.number,
        docNumber: `${request.number ?? ""}-BC/ĐUK`,
        periodCode: code,
        periodLabel: "tháng 12 năm 2019",
        range: { from: "2019-12-01" as IsoDate, to: "2019-12-31" as IsoDate },
        convention: "calendar",
        reportDate: request.reportDate,
        createdOn: request.reportDate,
        sheet: "BC tháng 12-2019",
        file: null,
        headline: { units: 3, reportedUnits: 2, applicable: 15, done: 8, doneOnTime: 7, overdue: 2 },
      };
      const replaced = records.some((r) => r.periodCode === code);
      records = [...records.filter((r) => r.periodCode !== code), record];
      return ok({ record, replaced, lateUnits: 1, fileName: `Bao-cao-${record.docNumber.replace(/[^A-Za-z0-9]+/g, "-")}-thang-12-2019.xlsx` });
    },
    async handOffReport(code: string) {
      calls.push(`handOffReport ${code}`);
      await pause();
      const record = records.find((r) => r.periodCode === code)!;
      record.file = "Bao-cao-1-BC-DUK-thang-12-2019.xlsx";
      return ok({ fileName: record.file, opened: false });
    },
    async emailReport(code: string) {
      calls.push(`emailReport ${code}`);
      return ok({ to: null });
    },
    async makeUnitFiles(chosen: readonly UnitCode[] | "all", today: IsoDate) {
      calls.push(`makeUnitFiles ${chosen === "all" ? "all" : chosen.join(",")} ${today}`);
      await pause();
      const picked = chosen === "all" ? units : units.filter((u) => chosen.includes(u.code));
      const files = picked.map((unit) => ({ unit, fileName: unitFileName(unit) }));
      return ok({ download: files.length === 1 ? files[0].fileName : "Mau-bao-cao-don-vi-13-KH-DUK.zip", bytes: 40_000 * files.length, files, replyBy: "2019-12-30" as IsoDate });
    },
    async emailUnitFile(unit: UnitCode, replyBy: IsoDate) {
      calls.push(`emailUnitFile ${unit} ${replyBy}`);
      const found = units.find((u) => u.code === unit);
      return found?.email ? ok({ to: found.email }) : fail({ key: "pane.remind.noAddress", params: { unit } });
    },
    async previewUnitReturns(files) {
      calls.push(`previewUnitReturns ${files.map((f) => f.name).join(",")}`);
      await pause();
      const [first] = units;
      const change = (field: "status" | "note", decision: "new" | "conflict", returned: string, current: string | null) => ({ unit: first.code, task: "NV05" as TaskCode, field, decision, exported: null, returned, current });
      return ok({
        files: files.map((f, i) =>
          i === 0
            ? { file: f.name, unit: first, refused: [], changes: [change("status", "new", "Hoàn thành", null), change("note", "conflict", "Đã tổ chức quán triệt", "Văn phòng ghi")] }
            : { file: f.name, unit: null, refused: [{ key: "unitFile.notXlsx" as const, params: { ext: ".xls" }, at: { file: f.name } }], changes: [] },
        ),
        fields: { status: "Trạng thái", note: "Ghi chú" },
      });
    },
    async applyUnitReturns(choice, today: IsoDate) {
      calls.push(`applyUnitReturns ${(choice.units ?? []).join(",")} ${Array.isArray(choice.conflicts) ? choice.conflicts.length : choice.conflicts} ${today}`);
      return ok({ cells: 1, files: 1, conflictsLeft: 1 });
    },
    // The same parser as in Excel, with the lines each task came from, so the preview's review
    // form shows each task's source text as the real pane does.
    async parsePlanText(text: string): Promise<Result<Plan & { taskLines?: TaskSpan[] }>> {
      const parsed = parsePlanTextDetailed(text);
      return ok({ ...parsed.plan, taskLines: parsed.taskLines }, parsed.problems);
    },
  };
}
