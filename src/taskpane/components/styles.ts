/** The pane's shared styles (Fluent UI tokens): one definition, so every card looks the same. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: "8px", padding: "12px" },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: "8px" },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  desc: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "6px" },
  column: { display: "flex", flexDirection: "column", rowGap: "6px" },
  result: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { display: "flex", flexDirection: "column", rowGap: "4px", maxHeight: "220px", overflowY: "auto" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px",
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  group: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "8px",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  groupBad: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  issue: {
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    minHeight: "24px",
    padding: "2px 4px",
    fontWeight: tokens.fontWeightRegular,
  },
  fileRow: { display: "grid", gridTemplateColumns: "1fr auto auto", columnGap: "6px", alignItems: "center" },
  fileName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});
