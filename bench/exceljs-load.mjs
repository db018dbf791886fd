// The floor the project is measured against: ExcelJS loading each workbook, nothing more.
//   node bench/exceljs-load.mjs LIST   (LIST: a file with one path a line)
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";

const paths = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
for (const p of paths) {
  const b = readFileSync(p);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}
