/**
 * Node's file-system errors (ENOENT, EACCES, ENOSPC …) as the project's own bilingual
 * messages. Node's text ("EACCES: permission denied, open '/x'") names neither the step the
 * user was taking nor what to do, and printed after our own code it doubled the code.
 */
import { UserError } from "../core/errors";
import { t, type MessageKey } from "../core/i18n";

const BY_CODE: Record<string, MessageKey> = {
  ENOENT: "cli.fs.notFound",
  ENOTDIR: "cli.fs.notFound",
  EACCES: "cli.fs.permission",
  EPERM: "cli.fs.permission",
  EROFS: "cli.fs.readOnly",
  ENOSPC: "cli.fs.noSpace",
  EDQUOT: "cli.fs.noSpace",
  EISDIR: "cli.fs.isDirectory",
  EMFILE: "cli.fs.tooManyOpen",
  ENFILE: "cli.fs.tooManyOpen",
  EBUSY: "cli.fs.busy",
  ETXTBSY: "cli.fs.busy",
  ENAMETOOLONG: "cli.fs.nameTooLong",
  EIO: "cli.fs.io",
};

/** The errno code of a Node system error, or null for anything else. */
export function errnoCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/**
 * A file-system error as a UserError naming `file` (the name the user typed, else the path
 * Node reports) and the operation; null when `e` is no file-system error this module knows.
 */
export function fileSystemError(e: unknown, file?: string, op: "read" | "write" = "read"): UserError | null {
  const code = errnoCode(e);
  if (!code) return null;
  const key = BY_CODE[code];
  const path = file ?? (e as { path?: unknown }).path;
  const where = typeof path === "string" ? path : "";
  if (key) return new UserError(key, { file: where, op: op === "read" ? "đọc" : "ghi", op_en: op, code });
  return new UserError("cli.fs.other", { file: where, op: op === "read" ? "đọc" : "ghi", op_en: op, code });
}

/**
 * The `detail` (Vietnamese) and `detail_en` of files.cannotRead / files.cannotWrite, which name
 * the file already: what happened and what to do (an unknown error gets the generic advice).
 */
export function fileSystemDetail(e: unknown, op: "read" | "write" = "read"): { detail: string; detail_en: string } {
  const code = errnoCode(e) ?? "EUNKNOWN";
  const key = (BY_CODE[code] ?? "cli.fs.other").replace("cli.fs.", "cli.fsHint.") as MessageKey;
  const params = { op: op === "read" ? "đọc" : "ghi", op_en: op, code };
  return { detail: t("vi", key, params), detail_en: t("en", key, params) };
}
