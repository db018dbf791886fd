// pdf.js ships no types for its worker module; only its presence matters (see read-pdf.ts).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
