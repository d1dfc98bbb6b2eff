/** Reminders to late and silent units: who, what, the letter, the log's numbering, mail drafts. */
export * from "./types";
export * from "./settings";
export * from "./reply-date";
export * from "./log";
export * from "./selection";
export * from "./task-text";
export * from "./letter";
export * from "./mailto";
