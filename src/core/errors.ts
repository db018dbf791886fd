import { tBoth, type MessageKey, type Params, t, type Locale } from "./i18n";

/**
 * An error the user can act on: bad input, not a bug. It carries a message key and
 * parameters, so each front end shows it in its language; `message` holds both languages.
 */
export class UserError extends Error {
  readonly key: MessageKey;
  readonly params: Params;
  constructor(key: MessageKey, params: Params = {}) {
    super(tBoth(key, params));
    this.name = "UserError";
    this.key = key;
    this.params = params;
  }
  messageIn(locale: Locale): string {
    return t(locale, this.key, this.params);
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** For exhaustive switches: the compiler proves this is unreachable. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
