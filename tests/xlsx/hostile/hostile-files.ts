/**
 * The hostile and broken files of the regression corpus, generated: each is small (at most a
 * few MB), and each once froze, crashed or fooled a reader. `expect` lists what reading it may
 * give: "ok" (handled, read within the limits) or the keys of the refusals that are right.
 */
import JSZip from "jszip";

export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  expect: string[];
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A few ordinary cells, so a handled file has something to read. */
const SOME_CELLS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã nhiệm vụ</t></is></c><c r="B1" t="inlineStr"><is><t>Tình trạng</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>1.1</t></is></c><c r="B2"><v>1</v></c></row>';

export function sheetXml(opts: { before?: string; data?: string; after?: string } = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${opts.before ?? ""}<sheetData>${opts.data ?? SOME_CELLS}</sheetData>${opts.after ?? ""}</worksheet>`;
}

export async function xlsxOf(
  parts: { sheet?: string; sharedStrings?: string; extra?: Record<string, string | Uint8Array> } = {},
  compression: "DEFLATE" | "STORE" = "DEFLATE",
  level = 9,
): Promise<Uint8Array> {
  const z = new JSZip();
  z.file("[Content_Types].xml", CONTENT_TYPES);
  z.file("_rels/.rels", ROOT_RELS);
  z.file("xl/workbook.xml", WORKBOOK);
  z.file("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  z.file("xl/worksheets/sheet1.xml", parts.sheet ?? sheetXml());
  z.file("xl/sharedStrings.xml", parts.sharedStrings ?? `<sst ${NS}/>`);
  for (const [k, v] of Object.entries(parts.extra ?? {})) z.file(k, v);
  return z.generateAsync({ type: "uint8array", compression, compressionOptions: { level } });
}

function repeatJoin(n: number, f: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out.join("");
}

/** Column letters of a 0-based column. */
function col(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Renames, in place, every occurrence of one stored name by another of the same length (headers are not compressed). */
function renameInZip(zip: Uint8Array, from: string, to: string): Uint8Array {
  const a = new TextEncoder().encode(from);
  const b = new TextEncoder().encode(to);
  const out = zip.slice();
  for (let i = 0; i + a.length <= out.length; i++) {
    let same = true;
    for (let k = 0; k < a.length && same; k++) same = out[i + k] === a[k];
    if (same) out.set(b, i);
  }
  return out;
}

async function odsOf(content: string): Promise<Uint8Array> {
  const z = new JSZip();
  z.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  z.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
  );
  z.file("content.xml", content);
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"';

const utf8 = (s: string) => new TextEncoder().encode(s);

export async function hostileCases(): Promise<HostileCase[]> {
  const cases: HostileCase[] = [];
  const add = (name: string, bytes: Uint8Array, expect: string[]) => cases.push({ name, bytes, expect });

  add(
    "merged-A30-XFD1048576.xlsx",
    await xlsxOf({
      sheet: sheetXml({ after: '<mergeCells count="1"><mergeCell ref="A30:XFD1048576"/></mergeCells>' }),
    }),
    ["ok"],
  );
  add(
    "validation-whole-sheet.xlsx",
    await xlsxOf({
      sheet: sheetXml({
        after:
          '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      }),
    }),
    ["ok"],
  );
  add(
    "conditional-format-whole-sheet.xlsx",
    await xlsxOf({
      sheet: sheetXml({
        after:
          '<conditionalFormatting sqref="A1:XFD1048576 A1:A99999999999"><cfRule type="expression" priority="1"><formula>1</formula></cfRule></conditionalFormatting>',
      }),
    }),
    ["ok"],
  );
  add(
    "col-max-1e9.xlsx",
    await xlsxOf({ sheet: sheetXml({ before: '<cols><col min="1" max="1000000000" width="9"/></cols>' }) }),
    ["ok"],
  );
  add("dimension-whole-sheet.xlsx", await xlsxOf({ sheet: sheetXml({ before: '<dimension ref="A1:XFD1048576"/>' }) }), [
    "ok",
  ]);
  add(
    "merged-40000-small.xlsx",
    await xlsxOf({
      sheet: sheetXml({
        data: repeatJoin(
          40_000,
          (i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>1</v></c></row>`,
        ),
        after: `<mergeCells count="40000">${repeatJoin(40_000, (i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`)}</mergeCells>`,
      }),
    }),
    ["ok"],
  );
  add(
    "merged-200000-overlapping.xlsx",
    await xlsxOf({ sheet: sheetXml({ after: repeatJoin(200_000, () => '<mergeCell ref="A1:XFD1048576"/>') }) }),
    ["files.tooManyMergedAreas", "files.mergedAreasOverlap"],
  );
  add(
    "merged-overlapping-few.xlsx",
    await xlsxOf({ sheet: sheetXml({ after: repeatJoin(50, () => '<mergeCell ref="A1:B2"/>') }) }),
    ["files.mergedAreasOverlap"],
  );
  add(
    "huge-numbers-in-refs.xlsx",
    await xlsxOf({
      sheet: sheetXml({
        before:
          '<dimension ref="A1:ZZZZ99999999999"/><cols><col min="99999999999999" max="99999999999999999999"/></cols>',
        after: '<mergeCells><mergeCell ref="A1:ZZZZZ999999999999"/><mergeCell ref="B-1:C1e9"/></mergeCells>',
      }),
    }),
    ["ok"],
  );
  add(
    "cell-row-out-of-range.xlsx",
    await xlsxOf({ sheet: sheetXml({ data: '<row r="99999999999"><c><v>1</v></c></row>' }) }),
    ["files.cellOutOfRange"],
  );
  add(
    "cell-ref-out-of-range.xlsx",
    await xlsxOf({ sheet: sheetXml({ data: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }) }),
    ["files.cellOutOfRange"],
  );
  add(
    "far-corner-cells.xlsx",
    await xlsxOf({
      sheet: sheetXml({
        data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
      }),
    }),
    ["files.tooManyCells"],
  );
  add(
    "xxe.xlsx",
    await xlsxOf({
      sheet:
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
        `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
    }),
    ["files.xmlUnsafe"],
  );
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    repeatJoin(9, (i) => `<!ENTITY lol${i + 1} "${repeatJoin(10, () => `&lol${i === 0 ? "" : i};`)}">`) +
    `]><sst ${NS}><si><t>&lol9;</t></si></sst>`;
  add("billion-laughs.xlsx", await xlsxOf({ sharedStrings: laughs }), ["files.xmlUnsafe"]);
  add(
    "zip-bomb.xlsx",
    // 24 MB of zeros packs to about 24 KB: past the compression-ratio limit.
    await xlsxOf({ extra: { "xl/media/image1.png": new Uint8Array(24 * 1024 * 1024) } }),
    ["files.zipBomb"],
  );
  add(
    "duplicate-entry-names.xlsx",
    renameInZip(
      await xlsxOf(
        { extra: { "xl/worksheets/sheetX.xml": sheetXml({ data: '<row r="1"><c r="A1"><v>666</v></c></row>' }) } },
        "STORE",
      ),
      "sheetX.xml",
      "sheet1.xml",
    ),
    ["files.duplicateZipEntry"],
  );
  const good = await xlsxOf();
  add("truncated.xlsx", good.subarray(0, Math.floor(good.length * 0.6)), ["files.zipCorrupt"]);
  add(
    "unclosed-tag.xlsx",
    await xlsxOf({
      sheet: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x` + "a".repeat(2 << 20),
    }),
    ["files.xmlMalformed"],
  );
  add(
    "unclosed-attribute.xlsx",
    await xlsxOf({ sheet: `<worksheet ${NS}><sheetData><row r="1` + " x".repeat(1 << 20) }),
    ["files.xmlMalformed"],
  );
  add(
    "shared-strings-1.2M.xlsx",
    await xlsxOf({ sharedStrings: `<sst ${NS}>${"<si><t>a</t></si>".repeat(1_200_000)}</sst>` }),
    ["files.tooManySharedStrings", "files.zipBomb"],
  );
  add(
    "empty-styled-cells-3.1M.xlsx",
    await xlsxOf({
      sheet: sheetXml({ data: repeatJoin(3_100, (r) => `<row r="${r + 1}">${'<c s="1"/>'.repeat(1_000)}</row>`) }),
    }),
    ["files.tooManyCellElements", "files.zipBomb"],
  );
  add(
    "csv-150000-lines.csv",
    utf8("Mã nhiệm vụ,Tình trạng,Ghi chú\n" + repeatJoin(150_000, (i) => `${i},Đang thực hiện,x\n`)),
    ["ok"],
  );
  add(
    "csv-20000-fields.csv",
    utf8("Mã nhiệm vụ,Tình trạng\n1.1,x\n" + Array.from({ length: 20_000 }, (_, i) => `f${i}`).join(",") + "\n"),
    ["files.csvTooManyFields"],
  );
  add(
    "ods-repeated-1e9.ods",
    await odsOf(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS}><office:body><office:spreadsheet><table:table table:name="T"><table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="10000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
    ),
    ["files.tooManyCellElements"],
  );
  add(
    "ods-xxe.ods",
    await odsOf(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><office:document-content ${ODS_NS}/>`,
    ),
    ["files.xmlUnsafe"],
  );
  add(
    "html-huge-spans.xls",
    utf8(
      `<html><body><table><tr><td colspan="999999999" rowspan="999999999">a</td></tr>${"<tr><td>b</td></tr>".repeat(20_000)}</table></body></html>`,
    ),
    ["ok", "files.tooManyCellElements", "files.tooManyCells"],
  );
  add(
    "html-40000-rowspans.xls",
    utf8(`<table>${repeatJoin(40_000, (i) => `<tr><td rowspan="2">${i}</td><td>x</td></tr>`)}</table>`),
    ["ok"],
  );
  add(
    "html-script.xls",
    utf8(
      '<html><head><script>alert("x")</script><style>td{}</style></head><body><table><tr><td>Mã nhiệm vụ</td><td onclick="evil()">1.1<script>document.write(1)</script></td></tr></table></body></html>',
    ),
    ["ok"],
  );
  add(
    "xml2003-xxe.xls",
    utf8(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row></Table></Worksheet></Workbook>',
    ),
    ["files.xmlUnsafe"],
  );
  add(
    "wide-row.xlsx",
    await xlsxOf({
      sheet: sheetXml({ data: `<row r="1">${repeatJoin(16_384, (c) => `<c r="${col(c)}1"><v>${c}</v></c>`)}</row>` }),
    }),
    ["ok"],
  );
  // Unknown elements with varied values, so the file packs too poorly to count as a zip bomb.
  let seed = 7;
  const digit = () => (seed = (seed * 16807) % 2147483647) % 10;
  add(
    "junk-elements-3.2M.xlsx",
    // Level 1: the test's own zip writer is slow at level 9 on 30 MB of XML.
    await xlsxOf({ sheet: sheetXml({ data: repeatJoin(3_200_000, () => `<x v="${digit()}"/>`) }) }, "DEFLATE", 1),
    ["files.tooManyXmlElements"],
  );
  return cases;
}
