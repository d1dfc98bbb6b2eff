/**
 * The user's language choice, remembered across sessions in a settings store: Office's roaming
 * settings where the host offers them (Microsoft documents `Office.context.roamingSettings` in the
 * Mailbox requirement set, so Excel does not), else the pane's browser storage. Without either,
 * the pane starts in Vietnamese, its default. A preference is not workbook data, so it never goes
 * into the workbook that colleagues share.
 */
import type { SettingsStore } from "../hosts/excel/office-runtime";
import type { Language } from "../i18n";

export type { SettingsStore };

export const LANGUAGE_SETTING = "planTracker.language";
export const DEFAULT_LANGUAGE: Language = "vi";

export function storedLanguage(settings: SettingsStore | undefined): Language {
  try {
    const value = settings?.get(LANGUAGE_SETTING);
    return value === "vi" || value === "en" ? value : DEFAULT_LANGUAGE;
  } catch {
    // A host whose settings cannot be read is a host without them.
    return DEFAULT_LANGUAGE;
  }
}

/** Resolves true once saved; false where there is nowhere to save or saving failed (the pane carries on). */
export function storeLanguage(settings: SettingsStore | undefined, lang: Language): Promise<boolean> {
  if (!settings) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      settings.set(LANGUAGE_SETTING, lang);
      settings.saveAsync((result) => resolve(!result.error && String(result.status).toLowerCase() === "succeeded"));
    } catch {
      resolve(false);
    }
  });
}
