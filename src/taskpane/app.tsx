/**
 * The pane: a header with the language switch, the steps of the work in a compact selector
 * (a 320 px pane has no room for seven tabs), and the current step's view. It opens on the
 * overview, which names the next step. Views load when first opened and then stay mounted
 * while hidden, so a half-edited plan survives a look at another step.
 */
import { FluentProvider, Select, ToggleButton, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useState, type ComponentType } from "react";
import type { Language } from "../i18n";
import { Busy } from "./components/busy";
import { LanguageProvider, useLanguage, useText } from "./language";
import type { PaneEngine } from "./pane-engine";
import { STEPS, stepLabel, type StepId } from "./steps";
import { OverviewView } from "./views/overview-view";

/** Each view is its own chunk, fetched the first time the user opens it. */
const VIEWS: Record<Exclude<StepId, "overview">, ComponentType<ViewProps>> = {
  plan: lazy(() => import(/* webpackChunkName: "view-plan" */ "./views/plan-view").then((m) => ({ default: m.PlanView }))),
  units: lazy(() => import(/* webpackChunkName: "view-units" */ "./views/units-view").then((m) => ({ default: m.UnitsView }))),
  tracker: lazy(() => import(/* webpackChunkName: "view-tracker" */ "./views/tracker-view").then((m) => ({ default: m.TrackerView }))),
  check: lazy(() => import(/* webpackChunkName: "view-check" */ "./views/check-view").then((m) => ({ default: m.CheckView }))),
  remind: lazy(() => import(/* webpackChunkName: "view-remind" */ "./views/remind-view").then((m) => ({ default: m.RemindView }))),
  report: lazy(() => import(/* webpackChunkName: "view-report" */ "./views/report-view").then((m) => ({ default: m.ReportView }))),
};

export interface ViewProps {
  engine: PaneEngine;
  /** The view is the one shown (views re-read the workbook when shown again). */
  active: boolean;
  /** Moves to another step. */
  go: (step: StepId) => void;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, overflowX: "hidden" },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#c8102e",
    color: "#ffffff",
  },
  logo: { width: "24px", height: "24px", borderRadius: tokens.borderRadiusSmall, boxShadow: "0 0 0 1px rgba(255,255,255,0.6)" },
  title: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  languages: { display: "flex", gap: tokens.spacingHorizontalXXS },
  nav: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  navLabel: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold },
  navSelect: { flexGrow: 1, minWidth: 0 },
  main: { padding: tokens.spacingHorizontalM },
});

export function App({ engine }: { engine: PaneEngine }) {
  // Read once: the language the user chose in an earlier session.
  const [initial] = useState(() => engine.preferredLanguage());
  const remember = useCallback((lang: Language) => void engine.rememberLanguage(lang).catch(() => undefined), [engine]);
  return (
    <LanguageProvider initial={initial} onChange={remember}>
      <Shell engine={engine} />
    </LanguageProvider>
  );
}

function Shell({ engine }: { engine: PaneEngine }) {
  const styles = useStyles();
  const text = useText();
  const { lang, setLang } = useLanguage();
  const [step, setStep] = useState<StepId>("overview");
  const [opened, setOpened] = useState<ReadonlySet<StepId>>(() => new Set<StepId>(["overview"]));
  const go = useCallback((next: StepId) => {
    setStep(next);
    setOpened((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
    // The new view's heading is where a keyboard or screen-reader user continues.
    window.scrollTo?.(0, 0);
  }, []);

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={lang}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <h1 className={styles.title}>{text("pane.title")}</h1>
        <div className={styles.languages} role="group" aria-label={text("pane.language")}>
          <ToggleButton size="small" shape="rounded" appearance={lang === "vi" ? "secondary" : "transparent"} checked={lang === "vi"} onClick={() => setLang("vi")} lang="vi" title={text("pane.language.vi")} style={lang === "vi" ? undefined : { color: "#ffffff" }}>
            {text("pane.language.viShort")}
          </ToggleButton>
          <ToggleButton size="small" shape="rounded" appearance={lang === "en" ? "secondary" : "transparent"} checked={lang === "en"} onClick={() => setLang("en")} lang="en" title={text("pane.language.en")} style={lang === "en" ? undefined : { color: "#ffffff" }}>
            {text("pane.language.enShort")}
          </ToggleButton>
        </div>
      </header>
      <nav className={styles.nav} aria-label={text("pane.nav.label")}>
        <label className={styles.navLabel} htmlFor="pane-step">
          {text("pane.nav.step")}
        </label>
        <Select id="pane-step" className={styles.navSelect} value={step} onChange={(_, d) => go(d.value as StepId)}>
          {STEPS.map((id) => (
            <option key={id} value={id}>
              {stepLabel(id, text)}
            </option>
          ))}
        </Select>
      </nav>
      <main className={styles.main}>
        <div hidden={step !== "overview"}>
          <OverviewView engine={engine} active={step === "overview"} go={go} />
        </div>
        {STEPS.filter((id): id is Exclude<StepId, "overview"> => id !== "overview" && opened.has(id)).map((id) => {
          const View = VIEWS[id];
          return (
            <div key={id} hidden={step !== id}>
              <Suspense fallback={<Busy />}>
                <View engine={engine} active={step === id} go={go} />
              </Suspense>
            </div>
          );
        })}
      </main>
    </FluentProvider>
  );
}
