export { t, catalog } from "./messages";
export type { MessageKey, Language } from "./messages";
export { formatProblem, formatLocation } from "./format-problem";
