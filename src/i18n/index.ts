export { t, catalog } from "./messages";
export type { MessageKey, Language } from "./messages";
