/**
 * The header block (phần đầu báo cáo): required fields present and filled, the report date a
 * real date, the e-mail and phone plausible. A required field left empty is an error, also
 * one the template prefills (agency, plan, period) when the metadata or the file name told the
 * reader the value anyway: the header is what the signed report says, and an empty one is not
 * a complete report. The message then says where the value was recognised from.
 */
import { cellAddress } from "../../grid";
import { HEADER_FIELDS } from "../../template/layout";
import { makeIssue, type Check } from "../context";
import { cellText, isBlank, isPlausibleEmail, isPlausiblePhone, readDate, shortValue } from "../values";
import type { CheckIssue } from "../model";
import type { HeaderFieldKey } from "../../template/layout";
import { t } from "../../i18n";
import { periodFromFileName } from "../identity";
import type { CheckInput } from "../context";

type Source = "metadata" | "fileName";

/** Where the reader found a value the empty header field should hold, if anywhere. */
function recognised(input: CheckInput, key: HeaderFieldKey): { source: Source; value: string } | null {
  const { submission: s, located } = input;
  if (key === "agency" && s.agencyName && (s.identifiedBy === "metadata" || s.identifiedBy === "fileName"))
    return { source: s.identifiedBy, value: s.agencyName };
  if (key === "plan" && located.meta?.plan) return { source: "metadata", value: located.meta.plan };
  if (key === "period" && s.period) {
    if (located.meta?.period) return { source: "metadata", value: s.period };
    if (periodFromFileName(s.file) === s.period) return { source: "fileName", value: s.period };
  }
  return null;
}

/** The `note` (Vietnamese) and `note_en` of header-missing: from where the value was recognised. */
function recognisedNote(input: CheckInput, key: HeaderFieldKey): { note: string; note_en: string } {
  const r = recognised(input, key);
  if (!r) return { note: "", note_en: "" };
  const note = (locale: "vi" | "en") =>
    t(locale, "check.header-missing.recognised", { source: t(locale, `check.source.${r.source}`), value: r.value });
  return { note: note("vi"), note_en: note("en") };
}

export const checkHeader: Check = (input) => {
  const issues: CheckIssue[] = [];
  const { located } = input;
  for (const f of HEADER_FIELDS) {
    const h = located.header[f.key];
    const cell = h ? cellAddress(h.valueRow, h.valueCol) : null;
    if (!h || isBlank(h.raw)) {
      if (f.required) {
        issues.push(
          makeIssue(
            input,
            "header-missing",
            "error",
            { cell, field: f.key },
            { field: f.key, ...recognisedNote(input, f.key) },
          ),
        );
      }
      continue;
    }
    const text = cellText(h.raw);
    if (f.type === "date") {
      const d = readDate(h.raw);
      if (d.kind === "invalid" || d.kind === "unrecognised") {
        issues.push(
          makeIssue(
            input,
            "bad-date",
            "error",
            { cell, field: f.key, value: shortValue(text) },
            { field: f.key, value: shortValue(text), reason: d.kind },
          ),
        );
      }
    } else if (f.type === "email" && !isPlausibleEmail(text)) {
      issues.push(
        makeIssue(
          input,
          "bad-email",
          "error",
          { cell, field: f.key, value: shortValue(text) },
          { value: shortValue(text) },
        ),
      );
    } else if (f.type === "phone" && !isPlausiblePhone(text)) {
      issues.push(
        makeIssue(
          input,
          "bad-phone",
          "warning",
          { cell, field: f.key, value: shortValue(text) },
          { value: shortValue(text) },
        ),
      );
    }
  }
  return issues;
};
