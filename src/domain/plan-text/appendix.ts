/**
 * The appendix table of tasks ("PHỤ LỤC … STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời hạn") as a PDF's text layer gives it: every cell on lines of its own, row after row,
 * the row number first. Rows are rebuilt from what each line looks like — the task's wording
 * first, then the bodies (lead first), then the deadline — and a row that does not fit that
 * order is kept as a task and reported, never dropped or guessed at.
 */
import type { Problem } from "../result";
import type { IsoDate, Task } from "../types";
import { ORGANISATION_START } from "./assignee";
import { chooseDeadline } from "./deadline-phrases";
import type { TextLine } from "./normalize";
import { taskCode, type TaskSpan } from "./tasks";
import { startsLowercase } from "./vietnamese-text";

const APPENDIX_TITLE = /^PHỤ LỤC(?![\p{L}\d])/u;
const TABLE_HEADER = /^(?:STT|TT|Số TT)$/u;
/** A deadline cell: "Quý II/2026", "Tháng 5/2026", "Trước 31/12/2026", "Năm 2026", "2026 - 2030", "Thường xuyên". */
const DEADLINE_CELL =
  /^(?:Quý|Tháng|Năm|Trước|Trong|Xong|Hoàn thành|Chậm nhất|Thường xuyên|Hằng|Hàng|Định kỳ|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?$|\d{4}(?:\s*[-–]\s*\d{4})?$)/iu;

/** Index of the appendix title at or after `from`, or `lines.length`. */
export function appendixStart(lines: readonly TextLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (APPENDIX_TITLE.test(lines[i].text)) return i;
  return lines.length;
}

function isDeadlineCell(text: string): boolean {
  return text.length <= 40 && DEADLINE_CELL.test(text);
}

function isBodyCell(text: string): boolean {
  return text.length <= 80 && ORGANISATION_START.test(text);
}

/** Appends a wrapped line to a cell: a code split at its hyphen closes up ("05-" / "CT/TW"). */
function extend(cell: string, line: string): string {
  return /(?:\d|\p{Lu})-$/u.test(cell) ? cell + line : `${cell} ${line}`;
}

interface Row {
  number: number;
  line: number;
  cells: string[];
  lastLine: number;
}

function rowsOf(lines: readonly TextLine[]): Row[] {
  const header = lines.findIndex((l) => TABLE_HEADER.test(l.text));
  if (header < 0) return [];
  const rows: Row[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const { text, line } = lines[i];
    if (text === String(rows.length + 1)) rows.push({ number: rows.length + 1, line, cells: [], lastLine: line });
    else if (rows.length > 0) {
      rows[rows.length - 1].cells.push(text);
      rows[rows.length - 1].lastLine = line;
    }
  }
  return rows;
}

export function readAppendix(
  lines: readonly TextLine[],
  issuedOn: IsoDate | null,
  firstIndex: number,
): { tasks: Task[]; spans: TaskSpan[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const section = lines[0]?.text ?? null;
  const rows = rowsOf(lines);
  const tasks = rows.map((row, offset): Task => {
    const index = firstIndex + offset;
    const code = taskCode(index);
    const at = { line: row.line, field: `tasks[${index}]` };
    const [first = "", ...rest] = row.cells;
    let content = first;
    let i = 0;
    for (; i < rest.length && !isBodyCell(rest[i]) && !isDeadlineCell(rest[i]); i++) content = extend(content, rest[i]);
    const bodies: string[] = [];
    let deadlineCell: string | null = null;
    let unclear = false;
    for (; i < rest.length; i++) {
      const cell = rest[i];
      if (isDeadlineCell(cell) && i === rest.length - 1) deadlineCell = cell;
      else if (isBodyCell(cell)) bodies.push(cell);
      else if (bodies.length > 0 && startsLowercase(cell)) bodies[bodies.length - 1] = extend(bodies[bodies.length - 1], cell);
      else unclear = true;
    }
    if (unclear || bodies.length === 0 || bodies.length > 2 || deadlineCell === null || content === "") {
      problems.push({ key: "planText.appendixRowUnclear", params: { task: code, row: row.number }, at });
    }
    const details = [bodies.length > 1 ? `Phối hợp: ${bodies.slice(1).join("; ")}` : null, deadlineCell ? `Thời hạn: ${deadlineCell}` : null];
    const deadline = deadlineCell ? chooseDeadline(`thời hạn: ${deadlineCell}`, issuedOn, code, at) : { deadline: null, problems: [] };
    problems.push(...deadline.problems);
    return {
      code,
      text: [content, ...details.filter((d): d is string => d !== null)].join("\n"),
      deadline: deadline.deadline,
      assignee: bodies[0] ?? null,
      section,
    };
  });
  return { tasks, spans: rows.map((r) => ({ first: r.line, last: r.lastLine })), problems };
}
