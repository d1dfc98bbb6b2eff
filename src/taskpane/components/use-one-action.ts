import { useState } from "react";
import { useText } from "../language";

export interface ViewMessage {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

/**
 * A view's actions, one at a time: a second click while one runs does nothing, the message of
 * the last action is cleared when the next starts, and an error nobody expected becomes that
 * message instead of a blank pane. `onStart` clears whatever else the view shows per action.
 */
export function useOneAction(onStart?: () => void) {
  const text = useText();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ViewMessage | null>(null);
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    onStart?.();
    try {
      await action();
    } catch (e) {
      setMessage({ intent: "error", text: text("pane.unexpectedError", { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, setMessage, run };
}
