import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Problem } from "../../domain/result";
import { useProblemText, useText } from "../language";

/** Problems (must fix, red) or warnings (may ignore, amber), each naming where it is. */
export function ProblemList({ problems, tone = "error" }: { problems: readonly Problem[]; tone?: "error" | "warning" }) {
  const text = useText();
  const problemText = useProblemText();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent={tone} layout="multiline" role={tone === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{text(tone === "error" ? "pane.problems" : "pane.warnings")}</MessageBarTitle>
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{problemText(problem)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
