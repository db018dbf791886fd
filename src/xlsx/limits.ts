/**
 * Limits on what the readers accept, so that a damaged or hostile attachment cannot exhaust the
 * memory of the add-in or the CLI. All are settings; these defaults fit agency reports by far
 * (a 30-task report is 10–30 KB, and unpacks to a few hundred KB).
 */
export interface ReadLimits {
  /** size of the file as received */
  maxFileBytes: number;
  /** total unpacked size of a zip (.xlsx), measured while inflating, not trusted from the headers */
  maxUncompressedBytes: number;
  /** unpacked ÷ packed size above which a zip counts as a bomb, once it unpacks past `ratioFloorBytes` */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** parts in the zip; real workbooks have tens */
  maxZipEntries: number;
  /** rows × columns of one sheet's used area */
  maxCellsPerSheet: number;
  /** sheets in a workbook */
  maxSheets: number;
  /** entries of the shared-strings part */
  maxSharedStrings: number;
  /** `<c>` elements of one sheet, empty formatted ones included: bounds the parsing work */
  maxCellElementsPerSheet: number;
  /** merged areas of one sheet; each is only applied inside the used area */
  maxMergedAreasPerSheet: number;
  /** XML elements of one part, of any name: bounds the tokenizer's work on junk a reader would skip */
  maxXmlElementsPerPart: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 10 * MB,
  maxUncompressedBytes: 100 * MB,
  maxCompressionRatio: 100,
  ratioFloorBytes: 10 * MB,
  maxZipEntries: 10_000,
  maxCellsPerSheet: 2_000_000,
  maxSheets: 1_000,
  maxSharedStrings: 1_000_000,
  maxCellElementsPerSheet: 2_000_000,
  maxMergedAreasPerSheet: 100_000,
  // About 0.6 s of tokenizing; 1,000,000 filled cells (<c> and <v> each, plus rows) still fit.
  maxXmlElementsPerPart: 3_000_000,
};

/**
 * The limits given, the defaults for the rest. Written out as one object literal rather than a
 * spread, so every limits object has the same shape: the readers' per-cell code that reads them
 * is then compiled once, not dropped and compiled again when a second shape turns up.
 */
export function withDefaults(limits: Partial<ReadLimits> = {}): ReadLimits {
  const d = DEFAULT_READ_LIMITS;
  return {
    maxFileBytes: limits.maxFileBytes ?? d.maxFileBytes,
    maxUncompressedBytes: limits.maxUncompressedBytes ?? d.maxUncompressedBytes,
    maxCompressionRatio: limits.maxCompressionRatio ?? d.maxCompressionRatio,
    ratioFloorBytes: limits.ratioFloorBytes ?? d.ratioFloorBytes,
    maxZipEntries: limits.maxZipEntries ?? d.maxZipEntries,
    maxCellsPerSheet: limits.maxCellsPerSheet ?? d.maxCellsPerSheet,
    maxSheets: limits.maxSheets ?? d.maxSheets,
    maxSharedStrings: limits.maxSharedStrings ?? d.maxSharedStrings,
    maxCellElementsPerSheet: limits.maxCellElementsPerSheet ?? d.maxCellElementsPerSheet,
    maxMergedAreasPerSheet: limits.maxMergedAreasPerSheet ?? d.maxMergedAreasPerSheet,
    maxXmlElementsPerPart: limits.maxXmlElementsPerPart ?? d.maxXmlElementsPerPart,
  };
}

/** Megabytes with one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1);
}
