/**
 * The summary workbook as a package, written in one pass: each sheet's XML, its links, its
 * chart and drawing go to the zip as they are made (nothing is reopened afterwards), then the
 * workbook parts that list them. Into a new package, or into the user's existing workbook
 * (./existing.ts), where only the generated parts change and every other part is copied as it was.
 */
import { isStreamed, type OutSheet, type WritableSheet } from "../../core/sheet-model";
import { chartXml, drawingXml, xmlEscape } from "../xlsx-parts";
import { sheetNameProblem } from "./sheet-names";
import { sheetXmlChunks } from "./sheet-xml";
import { LinkRelsXml } from "./link-rels";
import { FRESH_BASES, StyleTable, freshStylesXml } from "./styles";
import { mergedStylesXml } from "./styles-merge";
import { type ZipWriter, type PackedPart } from "./zip-writer";
import { CONTENT_TYPES, REL_TYPES, XML_HEAD, freshContentTypes, relsPathOf, relsXml, sheetTag, type Rel } from "./opc";
import { REGISTRY_SHEET, planRebuild, userTables, type ExistingPackage } from "./existing";
import { tableLayout, tableXml, tablesIn, withTableHeader } from "./table-part";

/** Very hidden sheet listing, in column A, the names of the sheets the product generated. */
export const GENERATED_REGISTRY_SHEET = REGISTRY_SHEET;

/**
 * A sheet built only when the writer comes to it (core/consolidate/build.ts `LazySheet`): the
 * writer lists the workbook from the names, then builds, writes and drops one sheet at a time;
 * a streamed sheet's rows are made while they are written.
 */
export interface SheetSource {
  name: string;
  /** the name of the Excel table the sheet holds, when it holds one */
  table?: string;
  stream(): WritableSheet;
}

export interface PackageInput {
  /** the generated sheets in workbook order, built or to build */
  sheets: readonly (OutSheet | SheetSource)[];
  /** sheet name → its worksheet XML compressed beforehand (copy sheets made while files were checked) */
  packed?: ReadonlyMap<string, PackedPart>;
  /** the workbook being rebuilt, or null for a new one */
  existing: ExistingPackage | null;
  /** the formats; for a rebuild, made with the existing workbook's bases (see `stylesFor`) */
  styles: StyleTable;
}

/** The style table to write `existing` (or a new workbook) with. */
export function stylesFor(existing: ExistingPackage | null): StyleTable {
  return new StyleTable(existing?.styleBases ?? FRESH_BASES);
}

const fold = (s: string) => s.toLocaleLowerCase("vi");

function sourceOf(s: OutSheet | SheetSource): SheetSource {
  return "stream" in s ? s : { name: s.name, table: s.table?.name, stream: () => s };
}

function checkNames(sheets: readonly SheetSource[]): void {
  const seen = new Set<string>();
  for (const s of sheets) {
    const problem = sheetNameProblem(s.name);
    if (problem) throw new Error(`write: sheet name "${s.name}" ${problem}`);
    if (seen.has(fold(s.name)) || fold(s.name) === fold(GENERATED_REGISTRY_SHEET))
      throw new Error(`write: two sheets named "${s.name}"`);
    seen.add(fold(s.name));
  }
}

function registrySheet(sheets: readonly SheetSource[]): OutSheet {
  return { name: GENERATED_REGISTRY_SHEET, columns: [], rows: sheets.map((s) => ({ cells: [s.name] })) };
}

/**
 * Ids and names for our tables: ids after the highest of the user's tables kept in the package;
 * a name one of the user's tables already has gets a number, as Excel itself does for a copy.
 */
async function tableNumbering(userTableXmls: string[], sheets: readonly SheetSource[]) {
  const { maxId, names } = tablesIn(userTableXmls);
  const ours = new Set(sheets.flatMap((s) => (s.table ? [fold(s.table)] : [])));
  if (ours.size < sheets.filter((s) => s.table).length) throw new Error("write: two tables with the same name");
  let id = maxId;
  return {
    next: () => ++id,
    name(base: string): string {
      if (!names.has(fold(base))) return base;
      let n = 2;
      while (names.has(fold(`${base}_${n}`)) || ours.has(fold(`${base}_${n}`))) n++;
      names.add(fold(`${base}_${n}`));
      return `${base}_${n}`;
    },
  };
}

/** The print titles (the frozen header rows on every page) of the sheet at `index`. */
function printTitlesOf(sheet: WritableSheet, index: number): string {
  return sheet.freeze && sheet.freeze.rows > 0
    ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(`'${sheet.name.replace(/'/g, "''")}'!$1:$${sheet.freeze.rows}`)}</definedName>`
    : "";
}

/**
 * Writes the whole package to `zip` and finishes it. Sheets given to build are built one at a
 * time, in order, each written (and compressed in pieces) before the next is made.
 */
export async function writeSummaryPackage(input: PackageInput, zip: ZipWriter): Promise<void> {
  const { styles, existing } = input;
  const sheets = input.sheets.map(sourceOf);
  checkNames(sheets);
  const plan = existing ? planRebuild(existing, sheets) : null;
  const tableIds = await tableNumbering(plan ? await userTables(existing!, plan.keptParts) : [], sheets);
  const taken = new Set(plan?.keptParts ?? []);
  // Numbers resume where they stopped for each prefix: thousands of sheets, no rescan from 1.
  const nextNo = new Map<string, number>();
  const freeName = (prefix: string, ext: string) => {
    for (let n = nextNo.get(prefix) ?? 1; ; n++) {
      const name = `${prefix}${n}${ext}`;
      if (!taken.has(name)) {
        taken.add(name);
        nextNo.set(prefix, n + 1);
        return name;
      }
    }
  };
  const added: { part: string; type: string }[] = [];
  // Only what the workbook parts need is kept of each sheet once written: one sheet model at a time.
  const written: { name: string; part: string; state: string }[] = [];
  const printTitles: string[] = [];
  let activeTab = -1;
  const all = [...sheets, sourceOf(registrySheet(sheets))];
  for (const [i, source] of all.entries()) {
    const part = freeName("xl/worksheets/sheet", ".xml");
    added.push({ part, type: CONTENT_TYPES.worksheet });
    written.push({ name: source.name, part, state: i === sheets.length ? "veryHidden" : "visible" });
    const sheet = source.stream();
    if (sheet.name !== source.name || sheet.table?.name !== source.table)
      throw new Error(`write: sheet "${sheet.name}" was listed as "${source.name}"`);
    if (i < sheets.length) {
      printTitles.push(printTitlesOf(sheet, i));
      if (sheet.active && activeTab < 0) activeTab = i;
    }
    const packed = input.packed?.get(sheet.name);
    if (packed && !sheet.charts?.length && !sheet.table) {
      await zip.addPacked(part, packed);
      continue;
    }
    // Charts read their figures from the rows: only whole sheets have them (StreamedSheet).
    const whole = isStreamed(sheet) ? null : sheet;
    const charts = whole?.charts ?? [];
    const drawingRelId = charts.length > 0 ? "rId1" : undefined;
    const layout = tableLayout(sheet);
    const tableRelId = layout ? `rId${charts.length > 0 ? 2 : 1}` : undefined;
    const firstRelNo = 1 + (drawingRelId ? 1 : 0) + (tableRelId ? 1 : 0);
    const shown = layout ? withTableHeader(sheet, layout) : sheet;
    const links = new LinkRelsXml();
    await zip.addPieces(part, sheetXmlChunks(shown, styles, links, drawingRelId, firstRelNo, tableRelId));
    // The drawing's and the table's relationships come first, then the links'.
    const sheetRels: Rel[] = [];
    if (layout && tableRelId) {
      const tablePart = freeName("xl/tables/table", ".xml");
      added.push({ part: tablePart, type: CONTENT_TYPES.table });
      await zip.add(tablePart, tableXml(layout, tableIds.next(), tableIds.name(layout.name)));
      sheetRels.unshift({
        id: tableRelId,
        type: REL_TYPES.table,
        target: `../tables/${tablePart.split("/").pop()}`,
        external: false,
      });
    }
    if (whole && charts.length > 0) {
      const drawing = freeName("xl/drawings/drawing", ".xml");
      added.push({ part: drawing, type: CONTENT_TYPES.drawing });
      const placed = [];
      const drawingRels: Rel[] = [];
      for (const spec of charts) {
        const chart = freeName("xl/charts/chart", ".xml");
        added.push({ part: chart, type: CONTENT_TYPES.chart });
        await zip.add(chart, chartXml(whole, spec));
        const relId = `rId${drawingRels.length + 1}`;
        drawingRels.push({
          id: relId,
          type: REL_TYPES.chart,
          target: `../charts/${chart.split("/").pop()}`,
          external: false,
        });
        placed.push({ spec, relId });
      }
      await zip.add(drawing, drawingXml(placed));
      await zip.add(relsPathOf(drawing), relsXml(drawingRels));
      sheetRels.unshift({
        id: "rId1",
        type: REL_TYPES.drawing,
        target: `../drawings/${drawing.split("/").pop()}`,
        external: false,
      });
    }
    if (sheetRels.length + links.length > 0) await zip.add(relsPathOf(part), links.part(sheetRels));
  }

  activeTab = Math.max(0, activeTab);
  if (plan) {
    await plan.finish(zip, {
      written,
      generatedCount: sheets.length,
      activeTab,
      ourDefinedNames: printTitles.join(""),
      added,
      stylesXml: (existingStyles) =>
        existingStyles ? mergedStylesXml(existingStyles, styles) : freshStylesXml(styles),
    });
    return;
  }

  // A new workbook: the parts that list the sheets.
  const wbRels: Rel[] = written.map((w, i) => ({
    id: `rId${i + 1}`,
    type: REL_TYPES.worksheet,
    target: w.part.replace(/^xl\//, ""),
    external: false,
  }));
  wbRels.push({ id: `rId${written.length + 1}`, type: REL_TYPES.styles, target: "styles.xml", external: false });
  const names = printTitles.join("");
  await zip.add(
    "xl/workbook.xml",
    XML_HEAD +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<workbookPr defaultThemeVersion="164011"/>' +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="${activeTab}"/></bookViews>` +
      `<sheets>${written.map((w, i) => sheetTag(w.name, i + 1, `rId${i + 1}`, w.state)).join("")}</sheets>` +
      (names ? `<definedNames>${names}</definedNames>` : "") +
      '<calcPr calcId="171027"/></workbook>',
  );
  await zip.add("xl/_rels/workbook.xml.rels", relsXml(wbRels));
  await zip.add("xl/styles.xml", freshStylesXml(styles));
  await zip.add("docProps/core.xml", CORE_XML);
  await zip.add("docProps/app.xml", APP_XML);
  await zip.add(
    "_rels/.rels",
    relsXml([
      { id: "rId1", type: REL_TYPES.officeDocument, target: "xl/workbook.xml", external: false },
      { id: "rId2", type: REL_TYPES.coreProps, target: "docProps/core.xml", external: false },
      { id: "rId3", type: REL_TYPES.extendedProps, target: "docProps/app.xml", external: false },
    ]),
  );
  await zip.add(
    "[Content_Types].xml",
    freshContentTypes([
      { part: "xl/workbook.xml", type: CONTENT_TYPES.workbook },
      { part: "xl/styles.xml", type: CONTENT_TYPES.styles },
      { part: "docProps/core.xml", type: CONTENT_TYPES.core },
      { part: "docProps/app.xml", type: CONTENT_TYPES.app },
      ...added,
    ]),
  );
  await zip.finish();
}

/** Fixed properties, so the same sheets give the same file content. */
const CORE_XML =
  XML_HEAD +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:creator>kehoach</dc:creator><cp:lastModifiedBy>kehoach</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>' +
  "</cp:coreProperties>";
const APP_XML =
  XML_HEAD +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kehoach</Application></Properties>';
