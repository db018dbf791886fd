import JSZip from "jszip";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx holding `body` (WordprocessingML inside <w:body>), and numbering.xml when given. */
export async function makeDocx(
  body: string,
  parts: { numbering?: string; document?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    "word/document.xml",
    parts.document ?? `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  );
  if (parts.numbering)
    zip.file("word/numbering.xml", `<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export const p = (text: string, pPr = "") =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const tc = (inner: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${inner}</w:tc>`;
export const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl>${rows.join("")}</w:tbl>`;
