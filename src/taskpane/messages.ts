import { t, isMessageKey, type Locale, type MessageKey, type Params } from "../core/i18n";
import { UserError, isUserError } from "../core/errors";

/** A translator bound to the pane's language. */
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/**
 * Errors whose wording is made for the command line (an option to pass, a zip part's path):
 * the pane says the same thing in words an official acts on. Same parameters, another text.
 */
const PANE_WORDING: Partial<Record<MessageKey, MessageKey>> = {
  "files.tooLarge": "pane.files.tooLarge",
  "files.notWorkbookZip": "pane.files.notWorkbookZip",
  "files.duplicateZipEntry": "pane.files.duplicateZipEntry",
  "files.xmlUnsafe": "pane.files.xmlUnsafe",
  "files.xmlMalformed": "pane.files.xmlMalformed",
  "files.partMissing": "pane.files.partMissing",
  "files.tooManyXmlElements": "pane.files.tooManyXmlElements",
};

function userErrorText(e: UserError, locale: Locale): string {
  const pane = PANE_WORDING[e.key];
  if (!pane) return e.messageIn(locale);
  // Rebuilt through a UserError so that nested messages in the parameters are translated too.
  return new UserError(pane, e.params).messageIn(locale);
}

/**
 * Excel's own error (OfficeExtension.Error) in plain words, from its code. Its message is Excel's
 * English text, which often only repeats the code ("GeneralException — GeneralException"), so
 * it is not shown; an unknown code is named so that support can look it up.
 */
function excelText(code: string, tr: Translate): string {
  const key = `ui.excel.${code}`;
  return isMessageKey(key) ? tr(key) : tr("ui.excel.other", { code });
}

/**
 * What to tell the official when a step fails: the user error's own message, or a sentence that
 * says what to do for Excel's refusals. Never a stack trace.
 */
export function errorMessage(e: unknown, tr: Translate, locale: Locale): string {
  if (isUserError(e)) return userErrorText(e, locale);
  // OfficeExtension.Error's code is a word; a DOMException's numeric code is not Excel's.
  const raw = typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : null;
  const code = typeof raw === "string" ? raw : "";
  if (code === "RequestPayloadSizeLimitExceeded") return tr("ui.error.payload");
  if (code) return tr("ui.error.excel", { reason: excelText(code, tr) });
  return tr("ui.error.unexpected", { reason: e instanceof Error ? e.message : String(e) });
}
