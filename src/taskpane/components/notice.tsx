import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A one-line outcome (saved, built, nothing to do) shown above a view's content. */
export function Notice({ intent, children }: { intent: "success" | "info" | "warning" | "error"; children: ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
