/** The pane over the fake engine, for the preview test: no Office, no Excel. */
import { createRoot } from "react-dom/client";
import { App } from "../../../src/taskpane/app";
import { fakeEngine } from "./fake-engine";

const engine = fakeEngine();
(window as unknown as { paneCalls: string[] }).paneCalls = engine.calls;
createRoot(document.getElementById("root") as HTMLElement).render(<App engine={engine} />);
