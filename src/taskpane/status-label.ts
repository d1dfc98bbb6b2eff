/**
 * The deadline statuses are Vietnamese texts (they are also what the sheet formulas write);
 * this finds each one's catalog entry so the pane can show it in the chosen language.
 */
import { DEADLINE_STATUSES, type DeadlineStatus } from "../domain/deadline";
import { catalog, type Language, type MessageKey } from "../i18n";

const keyOfStatus = new Map<string, MessageKey>();
for (const [key, entry] of Object.entries(catalog)) {
  if (key.startsWith("deadline.status.") && (DEADLINE_STATUSES as readonly string[]).includes(entry.vi)) keyOfStatus.set(entry.vi, key as MessageKey);
}

export function statusLabel(status: DeadlineStatus, lang: Language): string {
  const key = keyOfStatus.get(status);
  return key ? catalog[key][lang] : status;
}
