/**
 * The one message catalog (UI text and error messages), Vietnamese first, English available.
 * Each area keeps its messages in its own section file under catalog/; this file merges them.
 * Placeholders are written {name} and filled by `t`.
 */
import { commonMessages } from "./catalog/common";
import { excelHostMessages } from "./catalog/excel-host";
import { excelRulesMessages } from "./catalog/excel-rules";
import { unitMessages } from "./catalog/units";
import { xlsxHostMessages } from "./catalog/xlsx-host";
import { cliMessages } from "./catalog/cli";
import { engineMessages } from "./catalog/engine";
import { planImportMessages } from "./catalog/plan-import";
import { taskpaneMessages } from "./catalog/taskpane";
import { trackerMessages } from "./catalog/tracker";
import { deadlineMessages } from "./catalog/deadline";
import { reportMessages } from "./catalog/report";
import { reminderMessages } from "./catalog/reminders";
import { unitFileMessages } from "./catalog/unit-file";

export const catalog = {
  ...excelHostMessages,
  ...excelRulesMessages,
  ...commonMessages,
  ...unitMessages,
  ...xlsxHostMessages,
  ...cliMessages,
  ...engineMessages,
  ...planImportMessages,
  ...taskpaneMessages,
  ...deadlineMessages,
  ...trackerMessages,
  ...reportMessages,
  ...reminderMessages,
  ...unitFileMessages,
} as const;

export type MessageKey = keyof typeof catalog;
export type Language = "vi" | "en";

export function t(key: MessageKey, params: Record<string, string | number> = {}, lang: Language = "vi"): string {
  const entry = catalog[key];
  const template = entry ? entry[lang] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
