import type { HostCapabilities } from "../core/ports/workbook";

/** Optional host features, detected once with `isSetSupported`; a host that throws has none of them. */
export function detectCapabilities(): HostCapabilities {
  const req = Office.context?.requirements;
  const has = (v: string) => {
    try {
      return !!req?.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return {
    suspendCalculation: has("1.6"),
    hyperlinks: has("1.7"),
    createWorkbook: has("1.8"),
    autoFilter: has("1.9"),
    dataValidation: has("1.8"),
  };
}
