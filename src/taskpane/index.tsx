/**
 * Entry of the task pane: waits for Office.js once, picks the language from Office's display
 * language, and hands the pane a WorkbookPort. The pane never touches the host API itself.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { initOffice } from "../office/host";
import { createExcelPort } from "../office/excel-port";
import { localeFromTag, t } from "../core/i18n";
import { KONTUM_4587_TEXT } from "../core/plan/kontum-4587.text";
import { App } from "./App";
import { localIsoDate } from "./local-date";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await initOffice();
  const locale = localeFromTag(host.displayLanguage);
  document.documentElement.lang = locale === "vi" ? "vi" : "en";
  const root = createRoot(container);
  if (!host.inExcel) {
    root.render(<p style={{ padding: 16, fontFamily: "sans-serif" }}>{t(locale, "ui.app.notInExcel")}</p>);
    return;
  }
  root.render(
    <App
      port={createExcelPort()}
      locale={locale}
      today={localIsoDate(new Date())}
      embeddedPlanText={KONTUM_4587_TEXT}
    />,
  );
}

void main();
