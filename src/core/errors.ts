import { type MessageKey, type Params, t, type Locale } from "./i18n";

/**
 * An error the user can act on: bad input, not a bug. It carries a message key and
 * parameters, so each front end shows it in its language; `message` holds both languages.
 */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: ErrorParams;
  constructor(key: MessageKey, params: ErrorParams = {}) {
    const vi = t("vi", key, inLocale(params, "vi"));
    const en = t("en", key, inLocale(params, "en"));
    super(vi === en ? vi : `${vi}\n${en}`);
    this.name = "UserError";
    this.key = key;
    this.params = params;
  }
  messageIn(locale: Locale): string {
    return t(locale, this.key, inLocale(this.params, locale));
  }
}

/** A message inside a message (what exactly is wrong), translated in the outer message's language. */
export interface MessageRef {
  key: MessageKey;
  params?: Params;
}

export type ErrorParams = Record<string, Params[string] | MessageRef>;

function inLocale(params: ErrorParams, locale: Locale): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params))
    out[k] = v !== null && typeof v === "object" ? t(locale, v.key, v.params) : v;
  return out;
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** For exhaustive switches: the compiler proves this is unreachable. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
