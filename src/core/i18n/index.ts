import { interpolate, type Locale, type Params } from "./define";
import { planMessages } from "./plan";
import { checkMessages } from "./check";
import { summaryMessages } from "./summary";
import { uiMessages } from "./ui";
import { cliMessages } from "./cli";
import { filesMessages } from "./files";
import { planFileMessages } from "./plan-file";
import { filehostMessages } from "./filehost";
import { templateMessages } from "./template";
import { triageMessages } from "./triage";
import { detailMessages } from "./detail";
import { paneMessages } from "./pane";

export type { Locale, Params } from "./define";

const vi = {
  ...planMessages.vi,
  ...checkMessages.vi,
  ...summaryMessages.vi,
  ...uiMessages.vi,
  ...cliMessages.vi,
  ...filesMessages.vi,
  ...planFileMessages.vi,
  ...filehostMessages.vi,
  ...templateMessages.vi,
  ...triageMessages.vi,
  ...detailMessages.vi,
  ...paneMessages.vi,
};
const en: Record<MessageKey, string> = {
  ...planMessages.en,
  ...checkMessages.en,
  ...summaryMessages.en,
  ...uiMessages.en,
  ...cliMessages.en,
  ...filesMessages.en,
  ...planFileMessages.en,
  ...filehostMessages.en,
  ...templateMessages.en,
  ...triageMessages.en,
  ...detailMessages.en,
  ...paneMessages.en,
};

export type MessageKey = keyof typeof vi;

const tables: Record<Locale, Record<MessageKey, string>> = { vi, en };

let decorator: ((text: string) => string) | null = null;

/**
 * For the pseudo-locale test only: every message drawn from the translation tables passes
 * through `d` (e.g. wrapped in ⟦…⟧), so a visible text that is not wrapped was hard-coded.
 * `null` restores the plain messages.
 */
export function decorateMessages(d: ((text: string) => string) | null): void {
  decorator = d;
}

/** A finished message as the user sees it (see decorateMessages). */
export function decorate(text: string): string {
  return decorator ? decorator(text) : text;
}

/** Message text in the given language; an empty English text falls back to Vietnamese. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const text = tables[locale][key] || tables.vi[key];
  return decorate(interpolate(text, locale === "en" && params ? englishParams(params) : params));
}

/**
 * A parameter that is already text in each language comes as `name` (Vietnamese) and
 * `name_en` (English), so both languages' templates use the same placeholder `{name}`.
 */
function englishParams(params: Params): Params {
  let out: Params | null = null;
  for (const [k, v] of Object.entries(params)) {
    if (!k.endsWith("_en") || v === undefined || v === null) continue;
    out ??= { ...params };
    out[k.slice(0, -3)] = v;
  }
  return out ?? params;
}

/** "Vietnamese / English" in one line, for places that serve both (CLI, errors). */
export function tBoth(key: MessageKey, params?: Params): string {
  const v = t("vi", key, params);
  const e = t("en", key, params);
  return v === e ? v : `${v}\n${e}`;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(vi, key);
}

/** Picks the UI language from an Office display language tag such as "vi-VN" or "en-US". */
export function localeFromTag(tag: string | null | undefined): Locale {
  if (!tag) return "vi";
  return tag.toLowerCase().startsWith("vi") ? "vi" : "en";
}
