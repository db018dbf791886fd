/**
 * Entry of the browser version, imported by the pane's start-up (../index.tsx) only
 * when the page is not inside Excel: its code is not in the initial JavaScript of the add-in.
 */
import * as React from "react";
import type { Root } from "react-dom/client";
import type { Locale } from "../../core/i18n";
import { FileHost } from "./FileHost";

export function startFileHost(root: Root, locale: Locale, today: string, embeddedPlanText: string): void {
  root.render(<FileHost locale={locale} today={today} embeddedPlanText={embeddedPlanText} />);
}

/**
 * The language outside Office: Vietnamese, the officials' language, unless the address asks
 * for English (`?lang=en`); a browser set to English is common in Vietnamese offices and says
 * nothing about the reader.
 */
export function browserLocale(search: string): Locale {
  return new URLSearchParams(search).get("lang")?.toLowerCase().startsWith("en") ? "en" : "vi";
}
