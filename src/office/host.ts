/**
 * Start-up: waits for Office.js once and tells the pane where it runs. Inside Excel the pane
 * works on the open workbook (Office.js port); anywhere else — a plain browser tab, where
 * `Office.onReady` resolves with no host, or a page whose office.js could not be loaded at all
 * (an office without internet, the site on an intranet) — it starts the browser version on
 * files. A plain tab that waits long for office.js gives up after OUTSIDE_WAIT_MS; a page that
 * looks hosted by Office waits as long as Office takes.
 */
export interface HostInfo {
  inExcel: boolean;
  /** Office's display language tag, e.g. "vi-VN"; null outside Office */
  displayLanguage: string | null;
}

const OUTSIDE: HostInfo = { inExcel: false, displayLanguage: null };
export const OUTSIDE_WAIT_MS = 8000;

export async function initOffice(waitMs = OUTSIDE_WAIT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return OUTSIDE;
  const ready = Office.onReady().then(
    (info) => info,
    () => null,
  );
  const info = looksHosted()
    ? await ready
    : await Promise.race([ready, new Promise<null>((r) => setTimeout(() => r(null), waitMs))]);
  if (!info) return OUTSIDE;
  const inExcel = info.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? readDisplayLanguage() : null };
}

/**
 * Office puts the pane in an iframe (Excel on the web) or in a webview that talks to it through
 * window.external (Windows, IE and EdgeHTML), chrome.webview (WebView2) or webkit message
 * handlers (Mac); a plain browser tab has none of these.
 */
function looksHosted(): boolean {
  if (typeof window === "undefined") return false;
  try {
    if (window.parent !== window) return true;
  } catch {
    return true; // a cross-origin parent: framed by someone
  }
  const w = window as unknown as {
    external?: { GetContext?: unknown };
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
  };
  return typeof w.external?.GetContext === "function" || !!w.chrome?.webview || !!w.webkit?.messageHandlers;
}

function readDisplayLanguage(): string | null {
  try {
    return Office.context?.displayLanguage ?? null;
  } catch {
    // some hosts throw before the context is ready; Vietnamese is the default then
    return null;
  }
}

/**
 * Opens a page (the help) in the user's browser. Inside Office the pane's webview may refuse
 * `window.open`, so Office's own `openBrowserWindow` (OpenBrowserWindowApi 1.1) is used when the
 * host has it; a new tab otherwise.
 */
export function openInBrowser(url: string): void {
  try {
    if (typeof Office !== "undefined" && typeof Office.context?.ui?.openBrowserWindow === "function") {
      Office.context.ui.openBrowserWindow(url);
      return;
    }
  } catch {
    // an older host throws instead of lacking the method: the tab below is the way then
  }
  window.open(url, "_blank", "noopener");
}
