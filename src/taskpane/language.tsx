/**
 * The pane's language (Vietnamese first, English on request) and the hooks components use to
 * read the catalog; no component holds a literal user-facing string. Where the choice is
 * remembered is the engine's business (PaneEngine.preferredLanguage / rememberLanguage).
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

export function LanguageProvider({ initial = "vi", onChange, children }: { initial?: Language; onChange?: (lang: Language) => void; children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initial);
  const setLang = useCallback(
    (next: Language) => {
      setLangState(next);
      onChange?.(next);
    },
    [onChange],
  );
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
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
