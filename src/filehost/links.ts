/**
 * Links to a cell of the same workbook (`Kết quả kiểm tra` → the NB sheet's cell): ExcelJS
 * drops them when it loads a file (it reads only links with a relationship, i.e. external
 * ones). They are read back from each sheet's XML and put into the loaded cells the way the
 * writer makes them, so a workbook opened and saved again keeps them.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { parseAddress } from "../core/grid";
import { blocks, sheetParts } from "./xml-scan";
import { attr } from "../xlsx/write/opc";
import { unescapeXml } from "../xlsx/xlsx-parts";

/** Reads the internal links of the file and sets them on the workbook's cells; returns how many. */
export async function restoreInternalLinks(bytes: Uint8Array, wb: ExcelJS.Workbook): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  const byName = new Map(wb.worksheets.map((ws) => [ws.name.toLocaleLowerCase("vi"), ws]));
  let restored = 0;
  for (const [name, part] of await sheetParts(zip)) {
    const ws = byName.get(name.toLocaleLowerCase("vi"));
    const xml = ws ? await zip.file(part)?.async("string") : undefined;
    const section = xml === undefined ? undefined : blocks(xml, "<hyperlinks>", "</hyperlinks>", 1)[0];
    if (!ws || section === undefined) continue;
    for (const tag of blocks(section, "<hyperlink ", ">")) {
      const location = attr(tag, "location");
      const ref = attr(tag, "ref");
      const at = ref ? parseAddress(ref) : null;
      if (!location || !at) continue;
      const cell = ws.getCell(at.row + 1, at.col + 1);
      const v = cell.value;
      const text =
        typeof v === "string" || typeof v === "number"
          ? String(v)
          : v && typeof v === "object" && "text" in v && typeof v.text === "string"
            ? v.text
            : unescapeXml(location);
      cell.value = { text, hyperlink: unescapeXml(location) };
      restored++;
    }
  }
  return restored;
}
