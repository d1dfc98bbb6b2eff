/**
 * The PaneEngine the pane starts with: the language preference answers at once, everything
 * else loads the engine (layouts, readers, the Office.js host; the larger part of the pane's
 * code) on the first call, so the pane's first download holds only its shell.
 */
import { paneSettingsStore } from "../hosts/excel/office-runtime";
import { storeLanguage, storedLanguage } from "./language-preference";
import type { PaneEngine } from "./pane-engine";

/** Every method but the language preference returns a promise, so each can wait for the load. */
type Loaded = Omit<PaneEngine, "preferredLanguage" | "rememberLanguage">;

export function lazyExcelPaneEngine(): PaneEngine {
  let loading: Promise<PaneEngine> | null = null;
  const engine = () => (loading ??= import(/* webpackChunkName: "engine" */ "./excel-pane-engine").then((m) => m.createExcelPaneEngine()));
  const later = <K extends keyof Loaded>(name: K): Loaded[K] =>
    (async (...args: unknown[]) => ((await engine())[name] as (...a: unknown[]) => unknown)(...args)) as Loaded[K];
  return {
    readWorkbook: later("readWorkbook"),
    createInputSheets: later("createInputSheets"),
    buildTracker: later("buildTracker"),
    savePlan: later("savePlan"),
    saveUnits: later("saveUnits"),
    checkDeadlines: later("checkDeadlines"),
    previewReport: later("previewReport"),
    createReport: later("createReport"),
    handOffReport: later("handOffReport"),
    emailReport: later("emailReport"),
    previewReminders: later("previewReminders"),
    emailReminder: later("emailReminder"),
    emailReminders: later("emailReminders"),
    printReminders: later("printReminders"),
    logReminders: later("logReminders"),
    makeUnitFiles: later("makeUnitFiles"),
    emailUnitFile: later("emailUnitFile"),
    previewUnitReturns: later("previewUnitReturns"),
    applyUnitReturns: later("applyUnitReturns"),
    readOverview: later("readOverview"),
    selectCell: later("selectCell"),
    parsePlanText: later("parsePlanText"),
    preferredLanguage: () => storedLanguage(paneSettingsStore()),
    rememberLanguage: async (lang) => {
      await storeLanguage(paneSettingsStore(), lang);
    },
  };
}
