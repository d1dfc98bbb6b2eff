/**
 * A task's text as a letter names it. Plan tasks run to several hundred characters; a reminder
 * names the task by its code and its first words, the full text being on Kế hoạch.
 */

/** Room for a task's words in a reminder; the compact form for mailto links. */
export const TASK_TEXT_CHARS = 160;
export const COMPACT_TASK_TEXT_CHARS = 60;

/** The first words of `text` within `max` characters, cut at a word and marked "…". */
export function shortTaskText(text: string, max = TASK_TEXT_CHARS): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean.replace(/[\s,;:.]+$/, "");
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  // A cut mid-word only when the first word alone is longer than the room (a long code or link).
  const kept = space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.…(“"-]+$/, "")}…`;
}
