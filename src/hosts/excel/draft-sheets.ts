/**
 * Excel batches are not transactions, so the Office.js host makes each new sheet under a draft
 * name and gives it its own name only once its content is written: a sheet under a tracker's name
 * is then always whole. A draft left by a batch Excel cut short is no one's data: snapshots leave
 * it out and the next apply deletes it before writing.
 */
const DRAFT_PREFIX = "_draft_";
const DRAFT = /^_draft_\d+$/i;

export function draftSheetName(n: number): string {
  return `${DRAFT_PREFIX}${n}`;
}

export function isDraftSheet(name: string): boolean {
  return DRAFT.test(name);
}
