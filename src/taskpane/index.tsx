/**
 * Entry of the task pane bundle: waits for office.js, checks that the pane runs in an Excel
 * with ExcelApi 1.8 (the manifest asks for it, but a page opened by hand or an old client may
 * not), then renders the pane over the Excel host.
 */
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { createExcelPaneEngine } from "./excel-pane-engine";
import { StandaloneNotice } from "./standalone-notice";

const MIN_EXCEL_API = "1.8";

void Office.onReady((info) => {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  if (info.host !== Office.HostType.Excel) {
    root.render(<StandaloneNotice message="pane.notInExcel" />);
  } else if (!Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API)) {
    root.render(<StandaloneNotice message="pane.excelTooOld" />);
  } else {
    root.render(<App engine={createExcelPaneEngine()} />);
  }
});
