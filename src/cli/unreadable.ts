/**
 * A file that could not be read or checked, as the one finding the batch reports for it
 * (file-unreadable, an error): check and consolidate list it and go on with the other files.
 */
import type { CheckedSubmission } from "../core/report/pipeline";
import { unreadableReason } from "./errors";

export function unreadableFile(file: string, error: unknown): CheckedSubmission {
  // Never the library's own text: the project's message, a file-system one, or "unexpected".
  const reason = unreadableReason(error, file);
  return {
    file,
    submission: null,
    issues: [
      {
        code: "file-unreadable",
        severity: "error",
        agency: null,
        file,
        sheet: null,
        cell: null,
        field: null,
        value: null,
        params: { reason: reason.vi, reason_en: reason.en },
      },
    ],
  };
}

/** The reason of an unreadable file's finding, in each language. */
export function unreadableReasonOf(c: CheckedSubmission): { vi: string; en: string } {
  const p = c.issues[0]?.params ?? {};
  return { vi: String(p.reason ?? ""), en: String(p.reason_en ?? p.reason ?? "") };
}
