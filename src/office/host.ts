/**
 * Start-up: waits for Office.js once and tells the pane where it runs. Outside Office (the page
 * opened in a plain browser) `Office.onReady` resolves with no host, and the pane says so.
 */
export interface HostInfo {
  inExcel: boolean;
  /** Office's display language tag, e.g. "vi-VN"; null outside Office */
  displayLanguage: string | null;
}

export async function initOffice(): Promise<HostInfo> {
  if (typeof Office === "undefined") return { inExcel: false, displayLanguage: null };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: readDisplayLanguage() };
}

function readDisplayLanguage(): string | null {
  try {
    return Office.context?.displayLanguage ?? null;
  } catch {
    // some hosts throw before the context is ready; Vietnamese is the default then
    return null;
  }
}
