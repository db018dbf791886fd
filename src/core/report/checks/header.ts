/**
 * The header block (phần đầu báo cáo): required fields present and filled, the report date a
 * real date, the e-mail and phone plausible. Fields the template prefills (agency, plan,
 * period) are warnings when missing, because the metadata or the file name can stand in;
 * fields only the agency can fill (report date, preparer) are errors.
 */
import { cellAddress } from "../../grid";
import { HEADER_FIELDS } from "../../template/layout";
import { makeIssue, type Check } from "../context";
import { cellText, isBlank, isPlausibleEmail, isPlausiblePhone, readDate, shortValue } from "../values";
import type { CheckIssue } from "../model";

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
            f.prefilled ? "warning" : "error",
            { cell, field: f.key },
            { field: f.key },
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
