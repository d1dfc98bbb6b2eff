/**
 * The pane's language (Vietnamese first, English on request) and the hooks components use to
 * read the catalog; no component holds a literal user-facing string.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Problem } from "../domain/result";
import { t, type Language, type MessageKey } from "../i18n";
import { formatProblem } from "../i18n/format-problem";

interface LanguageState {
  lang: Language;
  setLang: (lang: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ lang: "vi", setLang: () => undefined });

export function LanguageProvider({ initial = "vi", children }: { initial?: Language; children: ReactNode }) {
  const [lang, setLang] = useState<Language>(initial);
  const value = useMemo(() => ({ lang, setLang }), [lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = (): LanguageState => useContext(LanguageContext);

export type TextFn = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useText(): TextFn {
  const { lang } = useLanguage();
  return useCallback((key, params = {}) => t(key, params, lang), [lang]);
}

/** A problem as the user reads it: location (sheet, cell, line) first, then what is wrong. */
export function useProblemText(): (problem: Problem) => string {
  const { lang } = useLanguage();
  return useCallback((problem) => formatProblem(problem, lang), [lang]);
}
