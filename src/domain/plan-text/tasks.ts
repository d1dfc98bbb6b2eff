/**
 * Tasks come from the parts of a document that assign work — sections headed NHIỆM VỤ,
 * GIẢI PHÁP, TỔ CHỨC THỰC HIỆN (and the like), the numbered requests of a công văn or
 * chỉ thị, and a closing "Giao …" sentence — never from MỤC ĐÍCH, YÊU CẦU or an assessment.
 */
import type { Problem } from "../result";
import type { IsoDate, Task, TaskCode } from "../types";
import { readAssignee } from "./assignee";
import { toBlock, type Block } from "./body-blocks";
import { chooseDeadline } from "./deadline-phrases";
import type { TextLine } from "./normalize";

const WORK_HEADING = /NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|NỘI DUNG|HOẠT ĐỘNG|TIẾN ĐỘ|TRÁCH NHIỆM|BIỆN PHÁP|CÔNG VIỆC/iu;
/** Numbered items that state aims or judge the past rather than assign work. */
const NOT_WORK_ITEM = /^(?:Mục tiêu|Chỉ tiêu|Quan điểm|Đánh giá|Tình hình|Kết quả đạt được|Ưu điểm|Hạn chế|Nguyên nhân|Bối cảnh)(?![\p{L}\d])/iu;
const NOT_WORK_HEADING_ITEM = /^(?:Mục đích|Yêu cầu|Kết quả|Về kết quả|Về tình hình)(?![\p{L}\d])/iu;
/** Paragraphs that close the list of tasks ("Trên đây là Kế hoạch…", "Chỉ thị này được…"). */
const CLOSING = /^(?:Trên đây|Nhận được|Trong quá trình|Quá trình thực hiện|Đề nghị các|Yêu cầu các|(?:Kế hoạch|Chỉ thị|Nghị quyết|Thông báo|Công văn|Kết luận|Chương trình|Hướng dẫn) này)(?![\p{L}\d])/u;
const GIAO = /^Giao\s/u;

interface Section {
  heading: string | null;
  work: boolean;
  blocks: Block[];
}

interface Draft {
  head: Block;
  details: Block[];
  section: string | null;
  /** The body named by the item a bullet sits under ("2. Ủy ban Kiểm tra Huyện ủy" / "+ Kiểm tra …"). */
  owner?: string;
}

/** "Nhiệm vụ cụ thể tại Phụ lục kèm theo.": a pointer to the appendix, whose rows are the tasks. */
const APPENDIX_POINTER = /(?:tại|theo|ở)\s+(?:các\s+)?Phụ lục(?:\s+kèm theo)?/iu;

/** An item that only names a group of sub-items ("1. Nhiệm vụ trọng tâm"). */
function isHeadingLike(text: string): boolean {
  return text.length <= 80 && !/[.;!?]$/u.test(text);
}

function sectionsOf(blocks: Block[]): Section[] {
  const hasHeadings = blocks.some((b) => b.kind === "heading");
  if (!hasHeadings) return [{ heading: null, work: true, blocks }];
  const sections: Section[] = [{ heading: null, work: false, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === "heading") sections.push({ heading: block.raw, work: WORK_HEADING.test(block.text), blocks: [] });
    else sections[sections.length - 1].blocks.push(block);
  }
  return sections;
}

/** Groups a section's blocks into drafts headed by the given kind of block. */
function group(blocks: Block[], headKind: Block["kind"], section: string | null): { drafts: Draft[]; giao: Draft[] } {
  const drafts: Draft[] = [];
  const giao: Draft[] = [];
  let current: Draft | null = null;
  for (const block of blocks) {
    if (block.kind === "paragraph" && GIAO.test(block.text)) {
      current = null;
      giao.push({ head: block, details: [], section });
    } else if (block.kind === headKind) {
      current = { head: block, details: [], section };
      drafts.push(current);
    } else if (block.kind === "paragraph" && (CLOSING.test(block.text) || (APPENDIX_POINTER.test(block.text) && block.text.length < 200))) {
      current = null;
    } else if (current) {
      current.details.push(block);
    }
  }
  return { drafts, giao };
}

function draftsOf(section: Section): Draft[] {
  const kinds = new Set(section.blocks.map((b) => b.kind));
  const headKind: Block["kind"] | null = kinds.has("item")
    ? "item"
    : kinds.has("lettered")
      ? "lettered"
      : kinds.has("bullet") && section.heading !== null
        ? "bullet"
        : kinds.has("paragraph") && section.heading !== null
          ? "paragraph"
          : null;
  if (!section.work || headKind === null) return group(section.blocks, "heading", section.heading).giao;
  const { drafts, giao } = group(section.blocks, headKind, section.heading);
  const out: Draft[] = [];
  for (const draft of drafts) {
    const text = draft.head.text;
    if (NOT_WORK_ITEM.test(text) || (isHeadingLike(text) && NOT_WORK_HEADING_ITEM.test(text))) continue;
    if (APPENDIX_POINTER.test(text) && text.length < 200) continue;
    const lettered = draft.details.filter((d) => d.kind === "lettered");
    const bullets = draft.details.filter((d) => d.kind === "bullet");
    // "3. Ban cán sự đảng Ủy ban nhân dân tỉnh:" / "a) …", "1. Các cơ quan tham mưu" / "- Ban Tổ chức
    // … chủ trì …": one task per sub-item, each for the body it names, or else for the body the item names.
    const owner = readAssignee(`${text.replace(/:$/u, "")} thực hiện`);
    const named = owner.how === "inferred" ? { owner: owner.assignee } : {};
    if (headKind === "item" && isHeadingLike(text) && lettered.length >= 1) {
      out.push(...group(draft.details, "lettered", draft.section).drafts.map((d) => ({ ...d, ...named })));
    } else if (headKind === "item" && isHeadingLike(text) && bullets.length >= 1 && draft.details.every((d) => d.kind === "bullet")) {
      out.push(...group(draft.details, "bullet", draft.section).drafts.map((d) => ({ ...d, ...named })));
    } else {
      out.push(draft);
    }
  }
  return [...out, ...giao].sort((a, b) => a.head.line - b.head.line);
}

export function taskCode(index: number): TaskCode {
  return `NV${String(index + 1).padStart(2, "0")}` as TaskCode;
}

/** Where a task was read: the first and last logical line (their starting line numbers). */
export interface TaskSpan {
  first: number;
  last: number;
}

export function extractTasks(lines: readonly TextLine[], issuedOn: IsoDate | null): { tasks: Task[]; spans: TaskSpan[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const drafts = sectionsOf(lines.map(toBlock)).flatMap(draftsOf);
  const tasks = drafts.map((draft, index): Task => {
    const code = taskCode(index);
    const at = { line: draft.head.line, field: `tasks[${index}]` };
    const own = readAssignee(draft.head.text);
    const reading = own.how === "none" && draft.owner ? ({ how: "inferred", assignee: draft.owner } as const) : own;
    if (reading.how === "inferred") problems.push({ key: "planText.assigneeGuessed", params: { task: code, assignee: reading.assignee }, at });
    const first = reading.how === "label" ? reading.rest : draft.head.text;
    const text = [first, ...draft.details.map((d) => d.raw)].join("\n");
    const deadline = chooseDeadline(text, issuedOn, code, at);
    problems.push(...deadline.problems);
    return {
      code,
      text,
      deadline: deadline.deadline,
      assignee: reading.how === "none" ? null : reading.assignee,
      section: draft.section,
    };
  });
  if (tasks.length === 0) problems.push({ key: "planText.noTasks", at: { line: lines[0]?.line ?? 1 } });
  const spans = drafts.map((d) => ({ first: d.head.line, last: Math.max(d.head.line, ...d.details.map((b) => b.line)) }));
  return { tasks, spans, problems };
}
