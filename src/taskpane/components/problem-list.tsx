import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Problem } from "../../domain/result";
import { useProblemText, useText } from "../language";

const useStyles = makeStyles({
  // A narrow pane (320–360 px) cannot spare the browser's 40 px list indent.
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** Problems (must fix, red) or warnings (may ignore, amber), each naming where it is. */
export function ProblemList({ problems, tone = "error" }: { problems: readonly Problem[]; tone?: "error" | "warning" }) {
  const styles = useStyles();
  const text = useText();
  const problemText = useProblemText();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent={tone} layout="multiline" role={tone === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{text(tone === "error" ? "pane.problems" : "pane.warnings")}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((problem, i) => (
            <li key={i}>{problemText(problem)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
