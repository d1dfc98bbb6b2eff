import { Spinner } from "@fluentui/react-components";
import { useText } from "../language";

/** Shown while a request to the workbook runs (each is one or a few round trips to Excel). */
export function Busy() {
  const text = useText();
  return <Spinner size="tiny" labelPosition="after" label={text("pane.working")} />;
}
