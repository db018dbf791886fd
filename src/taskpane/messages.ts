import { t, type Locale, type MessageKey, type Params } from "../core/i18n";
import { isUserError } from "../core/errors";

/** A translator bound to the pane's language. */
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/**
 * What to tell the official when a step fails: the user error's own message, or a sentence that
 * says what to do for Excel's refusals. Never a stack trace.
 */
export function errorMessage(e: unknown, tr: Translate, locale: Locale): string {
  if (isUserError(e)) return e.messageIn(locale);
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  if (code === "RequestPayloadSizeLimitExceeded") return tr("ui.error.payload");
  const reason = e instanceof Error ? e.message : String(e);
  if (code) return tr("ui.error.excel", { reason: `${code} — ${reason}` });
  return tr("ui.error.unexpected", { reason });
}
