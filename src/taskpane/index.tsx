/**
 * Entry of the task pane: waits for Office.js once and hands the pane a WorkbookPort. Inside
 * Excel it is the Office.js port, in Office's display language; anywhere else the browser
 * version starts on files (./file-host over src/filehost, loaded on demand). The pane never touches the host API.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { initOffice, openInBrowser } from "../office/host";
import { createExcelPort } from "../office/excel-port";
import { localeFromTag } from "../core/i18n";
import { KONTUM_4587_TEXT } from "../core/plan/kontum-4587.text";
import { App } from "./App";
import { localIsoDate } from "./local-date";

// The bundle parsed and runs: the old-host script's fallback message is not needed.
const flags = window as unknown as { __kehoachStarted?: boolean; __kehoachOldHost?: boolean };
flags.__kehoachStarted = true;

async function main(): Promise<void> {
  const container = document.getElementById("root");
  // an engine src/old-host/old-host.js recognised as too old shows its message instead
  if (!container || flags.__kehoachOldHost) return;
  const host = await initOffice();
  const root = createRoot(container);
  const today = localIsoDate(new Date());
  if (!host.inExcel) {
    const { startFileHost, browserLocale } = await import(/* webpackChunkName: "filehost" */ "./file-host/start");
    const locale = browserLocale(window.location.search);
    document.documentElement.lang = locale;
    startFileHost(root, locale, today, KONTUM_4587_TEXT);
    return;
  }
  const locale = localeFromTag(host.displayLanguage);
  document.documentElement.lang = locale === "vi" ? "vi" : "en";
  root.render(
    <App
      port={createExcelPort()}
      locale={locale}
      today={today}
      embeddedPlanText={KONTUM_4587_TEXT}
      openUrl={openInBrowser}
    />,
  );
}

void main();
