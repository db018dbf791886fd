import type { WorkbookPort } from "../core/ports/workbook";
import { detectCapabilities } from "./capabilities";
import { clearFills, highlightCells } from "./highlights";
import { listSheets, readSheets } from "./read-sheets";
import { writeSheets } from "./write-sheets";
import { arrangeSheets, deleteSheets } from "./arrange-sheets";

/**
 * The workbook port over Office.js: the only code that calls the Excel JavaScript API. Rules it
 * keeps (TOOLCHAIN.md): reads and writes in batches whose number of syncs does not grow with the
 * number of sheets or rows (read-sheets.ts, batch.ts); text written as text, formats as blocks
 * (queue-sheet.ts); replacing sheets as a transaction (write-sheets.ts); fills set and cleared
 * in one batch (highlights.ts).
 */
export function createExcelPort(): WorkbookPort {
  const caps = detectCapabilities();
  return {
    capabilities: () => caps,
    listSheets,
    readSheets,
    writeSheets: (sheets, options) => writeSheets(caps, sheets, options),
    selectCell,
    highlightCells: (groups) => highlightCells(caps, groups),
    clearFills,
    openWorkbook: (base64) => openWorkbook(caps.createWorkbook, base64),
    deleteSheets,
    arrangeSheets,
  };
}

async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await ctx.sync();
  });
}

async function openWorkbook(supported: boolean, base64: string): Promise<boolean> {
  if (!supported) return false;
  try {
    await Excel.createWorkbook(base64);
    return true;
  } catch {
    // Some hosts refuse (pop-up blockers, Excel on the web in some tenants): the pane offers the download.
    return false;
  }
}
