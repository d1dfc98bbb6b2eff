/**
 * The pane: a header with the language switch, three tabs (tracker, plan import, deadline
 * check). Views stay mounted while hidden so a half-edited plan survives a look at another tab.
 */
import { FluentProvider, Tab, TabList, ToggleButton, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useState } from "react";
import type { Language } from "../i18n";
import { LanguageProvider, useLanguage, useText } from "./language";
import type { PaneEngine } from "./pane-engine";
import { CheckView } from "./views/check-view";
import { PlanView } from "./views/plan-view";
import { TrackerView } from "./views/tracker-view";
import { Busy } from "./components/busy";

// Loaded when first opened: the first download of the pane stays small.
const ReportView = lazy(() => import(/* webpackChunkName: "report-view" */ "./views/report-view").then((m) => ({ default: m.ReportView })));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
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
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: tokens.spacingHorizontalM },
});

type ViewId = "tracker" | "plan" | "check" | "report";

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
  const [view, setView] = useState<ViewId>("tracker");
  // Once opened, the report view stays mounted (hidden) like the others, keeping what was typed.
  const [reportOpened, setReportOpened] = useState(false);
  const show = (next: ViewId) => {
    setView(next);
    if (next === "report") setReportOpened(true);
  };

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
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => show(d.value as ViewId)} size="medium">
        <Tab value="tracker">{text("pane.tab.tracker")}</Tab>
        <Tab value="plan">{text("pane.tab.plan")}</Tab>
        <Tab value="check">{text("pane.tab.check")}</Tab>
        <Tab value="report">{text("pane.tab.report")}</Tab>
      </TabList>
      <main className={styles.main}>
        <div hidden={view !== "tracker"}>
          <TrackerView engine={engine} active={view === "tracker"} />
        </div>
        <div hidden={view !== "plan"}>
          <PlanView engine={engine} />
        </div>
        <div hidden={view !== "check"}>
          <CheckView engine={engine} />
        </div>
        {(view === "report" || reportOpened) && (
          <div hidden={view !== "report"}>
            <Suspense fallback={<Busy />}>
              <ReportView engine={engine} />
            </Suspense>
          </div>
        )}
      </main>
    </FluentProvider>
  );
}
