/** Reminders in the workbook: the log and its settings, reading it back, the printable letters. */
export { reminderLogSheet, logAppendPatch, defaultPlacement, channelLabel, LOG_TABLE, LOG_COLUMNS, LOG_LAYOUT, type LogColumn, type LogPlacement } from "./log-sheet";
export { readReminderLog, emptyReminderLog, remadeHeaderRow, type ReminderLogRead } from "./read-log";
export { reminderPrintSheet } from "./reminder-sheet";
export { reminderLogSheetName, reminderPrintSheetName } from "./reminder-names";
