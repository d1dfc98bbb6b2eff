/**
 * Entry of the task pane bundle: waits for office.js, checks that the pane runs in an Excel
 * with ExcelApi 1.7 (the manifest asks for it, but a page opened by hand or an old client may
 * not), then renders the pane; the engine loads on its first use. Newer features are optional:
 * the Excel host leaves out what this Excel lacks and the results say so.
 */
import { createRoot } from "react-dom/client";
import { startInOffice } from "../hosts/excel/office-runtime";
import { App } from "./app";
import { lazyExcelPaneEngine } from "./lazy-pane-engine";
import { StandaloneNotice } from "./standalone-notice";

// Volume-licensed Office 2019, still common in government offices, stops at ExcelApi 1.7.
const MIN_EXCEL_API = "1.7";

void startInOffice(MIN_EXCEL_API).then((start) => {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (start.kind === "notExcel") root.render(<StandaloneNotice message="pane.notInExcel" />);
  else if (start.kind === "tooOld") root.render(<StandaloneNotice message="pane.excelTooOld" />);
  else root.render(<App engine={lazyExcelPaneEngine()} />);
});
