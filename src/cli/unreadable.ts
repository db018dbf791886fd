/**
 * A file that could not be read or checked, as the one finding the batch reports for it
 * (file-unreadable, an error): check and consolidate list it and go on with the other files.
 */
import type { CheckedSubmission } from "../core/report/pipeline";
import { unreadableFile as unreadableFinding } from "../core/report/findings";
import { unreadableReason } from "./errors";

export function unreadableFile(file: string, error: unknown): CheckedSubmission {
  // Never the library's own text: the project's message, a file-system one, or "unexpected".
  const reason = unreadableReason(error, file);
  return { file, submission: null, issues: [unreadableFinding(file, { reason: reason.vi, reason_en: reason.en })] };
}

/** The reason of an unreadable file's finding, in each language. */
export function unreadableReasonOf(c: CheckedSubmission): { vi: string; en: string } {
  const f = c.issues[0];
  if (f?.code !== "file-unreadable") return { vi: "", en: "" };
  return { vi: f.params.reason, en: f.params.reason_en ?? f.params.reason };
}
