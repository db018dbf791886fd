/**
 * A workbook as comparable data, read with ExcelJS: sheets in order, each cell's value and its
 * look (font, fill, number format, alignment, border), row heights, column widths, merges,
 * frozen panes, filters, links. Two writers that produce equal digests produce the same workbook
 * for a user, whatever their XML looks like.
 */
import ExcelJS from "exceljs";

export interface CellDigest {
  value: unknown;
  link?: string;
  style: string;
}

export interface SheetDigest {
  name: string;
  state: string;
  tabColor: string | null;
  cells: Map<string, CellDigest>;
  heights: Map<number, number>;
  widths: (number | null)[];
  merges: string[];
  frozen: string;
  autoFilter: string | null;
  landscape: boolean;
  fitToPage: boolean;
  printTitles: string | null;
}

function valueOf(cell: ExcelJS.Cell): { value: unknown; link?: string } {
  const v = cell.value as unknown;
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (v && typeof v === "object") {
    const o = v as { text?: unknown; hyperlink?: string; richText?: { text: string }[] };
    if (o.hyperlink !== undefined) {
      const text = Array.isArray((o.text as { richText?: unknown })?.richText)
        ? (o.text as { richText: { text: string }[] }).richText.map((r) => r.text).join("")
        : o.text;
      return { value: text, link: o.hyperlink.replace(/^#/, "") };
    }
    if (o.richText) return { value: o.richText.map((r) => r.text).join("") };
  }
  // An empty text cell and an empty cell look the same to a user (ExcelJS reads an empty inline string as empty).
  return { value: v === "" || v === undefined ? null : v };
}

const colour = (c: unknown) => ((c as { argb?: string } | undefined)?.argb ?? "").toUpperCase();

function styleOf(cell: ExcelJS.Cell): string {
  const f = cell.font ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const a = cell.alignment ?? {};
  const b = cell.border ?? {};
  return JSON.stringify({
    font: [f.name ?? "", f.size ?? "", !!f.bold, !!f.italic, !!f.underline, colour(f.color)],
    fill: fill && fill.pattern === "solid" ? colour(fill.fgColor) : "",
    numFmt: cell.numFmt || "General",
    align: [
      a.horizontal ?? "",
      a.vertical === "middle" ? "center" : (a.vertical ?? ""),
      !!a.wrapText,
      a.textRotation ?? 0,
    ],
    border: ["top", "left", "bottom", "right"].map((k) => (b as Record<string, { style?: string }>)[k]?.style ?? ""),
  });
}

export async function digest(bytes: Uint8Array): Promise<SheetDigest[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const mergedAway = new Set<string>();
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {}).map((master) => {
      const range = (ws as unknown as { _merges: Record<string, { range: string }> })._merges[master]!.range;
      return range;
    });
    for (const range of merges) {
      const [from, to] = range.split(":");
      const a = ws.getCell(from!);
      const z = ws.getCell(to ?? from!);
      for (let r = Number(a.row); r <= Number(z.row); r++)
        for (let c = Number(a.col); c <= Number(z.col); c++)
          if (r !== Number(a.row) || c !== Number(a.col)) mergedAway.add(`${r}:${c}`);
    }
    const cells = new Map<string, CellDigest>();
    const heights = new Map<number, number>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) heights.set(r, row.height);
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (mergedAway.has(`${r}:${c}`)) return;
        cells.set(cell.address, { ...valueOf(cell), style: styleOf(cell) });
      });
    });
    const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    return {
      name: ws.name,
      state: ws.state,
      tabColor: colour(ws.properties.tabColor) || null,
      cells,
      heights,
      widths: (ws.columns ?? []).map((c) => c.width ?? null),
      merges: merges.sort(),
      frozen: view?.state === "frozen" ? `${view.xSplit ?? 0},${view.ySplit ?? 0}` : "",
      autoFilter: ws.autoFilter ? String(ws.autoFilter) : null,
      landscape: ws.pageSetup.orientation === "landscape",
      fitToPage: !!ws.pageSetup.fitToPage,
      printTitles: ws.pageSetup.printTitlesRow ?? null,
    };
  });
}
