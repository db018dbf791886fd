import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../messages";

const useHeaderStyles = makeStyles({
  header: { display: "flex", alignItems: "flex-start", columnGap: "8px" },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", flexGrow: 1, minWidth: 0 },
  title: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorBrandForeground1,
  },
  sub: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  help: { minWidth: "28px", width: "28px", height: "28px", padding: "0", flexShrink: 0 },
});

/** The pane's title, what the workbook is, and "?" for the user guide (help.html, in a page of its own). */
export function PaneHeader(props: { subtitle: string; openUrl?: (url: string) => void; tr: Translate }) {
  const s = useHeaderStyles();
  const { tr } = props;
  const openHelp = () => {
    const url = new URL("help.html", window.location.href).href;
    if (props.openUrl) props.openUrl(url);
    else window.open(url, "_blank", "noopener");
  };
  return (
    <header className={s.header}>
      <div className={s.text}>
        <Text as="h1" className={s.title}>
          {tr("ui.app.title")}
        </Text>
        <Text className={s.sub}>{props.subtitle}</Text>
      </div>
      <Button
        className={s.help}
        size="small"
        shape="circular"
        aria-label={tr("ui.help.open")}
        title={tr("ui.help.open")}
        onClick={openHelp}
        data-testid="help"
      >
        ?
      </Button>
    </header>
  );
}
