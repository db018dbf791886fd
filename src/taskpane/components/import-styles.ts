/**
 * Styles of the import lists (the batch before import, the imports in the workbook): rows that
 * stack at 320 px instead of scrolling sideways, and file names shown whole on up to two lines
 * (agencies' names are long and the distinguishing part is often at the end).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useImportStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  top: { display: "flex", alignItems: "flex-start", columnGap: "6px", minWidth: 0 },
  name: {
    flexGrow: 1,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  new: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
  replaces: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
  skipped: { color: tokens.colorPaletteMarigoldForeground2, fontSize: tokens.fontSizeBase200 },
  bad: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  date: { maxWidth: "100%" },
  scroll: { maxHeight: "320px", overflowY: "auto", display: "flex", flexDirection: "column" },
  summary: { cursor: "pointer", padding: "4px 0", fontWeight: tokens.fontWeightSemibold },
});
