/** Reading a plan from the text of the document itself. */
export { parsePlanText, parsePlanTextDetailed, type DetailedParse, type TaskSpan } from "./parse-plan";
export { normalizePlanText, normalizeLines, repairCharacters, type TextLine } from "./normalize";
export { findDeadlines, chooseDeadline, type DeadlineFinding } from "./deadline-phrases";
