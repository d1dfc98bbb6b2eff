import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { t, type MessageKey } from "../i18n";

/** Shown instead of the pane when it cannot work here (outside Excel, Excel too old): both languages. */
export function StandaloneNotice({ message }: { message: MessageKey }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle lang="vi">{t(message, {}, "vi")}</MessageBarTitle>
          <div lang="en">{t(message, {}, "en")}</div>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
