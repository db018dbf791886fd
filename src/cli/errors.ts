/**
 * The one boundary where whatever went wrong becomes a message the user can act on, in
 * Vietnamese and English: the project's own errors as they are, Node's file-system errors as
 * specific messages (which file, what to do), option errors of node:util parseArgs without
 * Node's wording, and anything else as "unexpected error" with a hint. No library text and no
 * stack trace reaches the user unless KEHOACH_DEBUG is set.
 */
import { UserError, isUserError } from "../core/errors";
import type { Locale } from "../core/i18n";
import { fileSystemError } from "../node/errno";

/** The quoted name in a parseArgs message: "Unknown option '--bogus'…" → "--bogus". */
function quotedName(message: string): string {
  const m = /'([^']{1,200})'/.exec(message);
  return (m?.[1] ?? "").replace(/\s*<value>$/, "");
}

/** node:util parseArgs errors (TypeError with code ERR_PARSE_ARGS_*) as the project's messages. */
export function optionError(e: unknown): UserError | null {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return null;
  // Not `instanceof Error`: an error from another realm (a VM context, a worker) is one too.
  const message = (e as { message?: unknown }).message;
  const name = quotedName(typeof message === "string" ? message : "");
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UserError("cli.unknownOption", { option: name });
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UserError("cli.missingValue", { option: name });
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UserError("cli.unexpectedPositional", { value: name });
    default:
      return new UserError("cli.badOption", { option: name });
  }
}

/** Messages that are about how the command was typed: the usage is printed after them. */
export const SHOWS_USAGE: ReadonlySet<string> = new Set([
  "cli.unknownOption",
  "cli.missingValue",
  "cli.unexpectedPositional",
  "cli.badOption",
  "check.cli.bad-option",
  "check.cli.no-files",
  "summary.cli.noFiles",
  "summary.cli.outRequired",
  "templates.missingPeriod",
  "templates.missingOut",
]);

/** Any error as a UserError: known errors as they are or as specific messages, the rest "unexpected". */
export function toUserError(e: unknown, file?: string, op: "read" | "write" = "read"): UserError {
  if (isUserError(e)) return e;
  return optionError(e) ?? fileSystemError(e, file, op) ?? new UserError("cli.unexpected");
}

/**
 * Why one input file could not be read, in each language (the `reason` / `reason_en` of a
 * file-unreadable finding): the project's message, a file-system message, or "unexpected
 * error while reading" — never the library's own text, which a user cannot act on.
 */
export function unreadableReason(e: unknown, file: string): Record<Locale, string> {
  const u = isUserError(e) ? e : (fileSystemError(e, file, "read") ?? new UserError("cli.unexpectedInFile"));
  return { vi: u.messageIn("vi"), en: u.messageIn("en") };
}

/** The technical detail of an unexpected error, shown only when KEHOACH_DEBUG is set. */
export function debugDetail(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}
