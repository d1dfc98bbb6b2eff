/**
 * Keeps each snapshot sync under Excel on the web's payload cap, which holds for the answer as
 * well as for the request: the reads of one snapshot are grouped, in order, into as few syncs as
 * the estimates allow. An answer is estimated from what the caller expects each read to hold
 * (ReadRequest.expected: cells and their text); a read without it is taken as small, and if Excel
 * still refuses an answer the reader reads it again in halves (snapshot-reader.ts).
 */
import { MAX_COLUMNS } from "../../layout/excel-rules";
import type { ReadRequest } from "../../layout/workbook-host";
import { PATH_BYTES, REQUEST_BUDGET_BYTES, jsonBytes } from "./request-budget";

/** Room left for estimation error, as for requests: 90% of the cap. */
export const RESPONSE_BUDGET_BYTES = REQUEST_BUDGET_BYTES;
/**
 * JSON of one cell in an answer beyond its text: quotes and a comma for a string, a few digits
 * for a number or date serial (tests/hosts/excel/snapshot-split.test.ts checks the estimate
 * against what the emulated Excel answers).
 */
export const CELL_JSON_BYTES = 4;
/** An answer's fixed part per read: the sheet's name, the range's address, the JSON around them. */
const READ_ANSWER_BYTES = 200;

export interface ReadBudgets {
  requestBytes: number;
  responseBytes: number;
}

/** Estimated bytes of the answer to `request`. */
export function answerEstimate(request: ReadRequest): number {
  const expected = request.expected;
  if (!expected) return READ_ANSWER_BYTES;
  const values = expected.cells * CELL_JSON_BYTES + expected.textBytes;
  // Formulas repeat the constants and add the formula text: counted as a second copy.
  return READ_ANSWER_BYTES + (request.formulas ? 2 * values : values);
}

/**
 * Ranges one read loads: the whole range alone, or the pieces its skip leaves (the rows down to
 * `belowRow`, then each run of kept columns below it).
 */
export function pieceCount(request: ReadRequest): number {
  if (!request.skip) return 1;
  return 1 + keptColumnRuns(request.skip.columns, MAX_COLUMNS).length;
}

/** JSON of one load: the query action with the properties it selects. */
const LOAD_BYTES = 200;
/** A piece's address argument ("C6:XFD1048576"). */
const PIECE_ADDRESS_BYTES = 40;

/** Estimated bytes `request` adds to the request body. */
export function queuedEstimate(request: ReadRequest): number {
  const pieces = request.skip ? pieceCount(request) : 0;
  // The sheet, its range (or used range and bounding rectangle), the pieces; a load of each.
  const paths = 1 + (request.range ? 1 : 2) + pieces;
  const loads = 2 + pieces;
  return paths * PATH_BYTES + loads * LOAD_BYTES + pieces * PIECE_ADDRESS_BYTES + jsonBytes(request.sheet) + jsonBytes(request.range ?? null);
}

/** Runs [first, last] of columns 1..`maxColumn` that `skipped` leaves. */
export function keptColumnRuns(skipped: readonly number[], maxColumn: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 1;
  for (const column of [...skipped].sort((a, b) => a - b)) {
    if (column > start) runs.push([start, column - 1]);
    start = Math.max(start, column + 1);
  }
  if (start <= maxColumn) runs.push([start, maxColumn]);
  return runs;
}

/**
 * Indexes of `requests` in consecutive groups, each as large as both budgets allow; a read over
 * a budget on its own is a group of its own.
 */
export function readGroups(requests: readonly ReadRequest[], budgets: ReadBudgets): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  let sent = 0;
  let answered = 0;
  requests.forEach((request, index) => {
    const queued = queuedEstimate(request);
    const answer = answerEstimate(request);
    if (group.length > 0 && (sent + queued > budgets.requestBytes || answered + answer > budgets.responseBytes)) {
      groups.push(group);
      group = [];
      sent = 0;
      answered = 0;
    }
    group.push(index);
    sent += queued;
    answered += answer;
  });
  if (group.length > 0) groups.push(group);
  return groups;
}
