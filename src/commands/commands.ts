/**
 * The manifest's FunctionFile (VersionOverrides requires one in DesktopFormFactor). The ribbon's
 * only button opens the task pane (ShowTaskpane), which needs no code here; Office still loads
 * this page and waits for office.js to initialise in it, so it must signal that it is ready.
 */
import { signalOfficeReady } from "../hosts/excel/office-runtime";

void signalOfficeReady();
