/**
 * The pseudo-locale on an agency's template workbook (see pseudo-locale.test.ts): every visible
 * text is translated, data (agency, plan, tasks) or the form's own vocabulary (the labels and
 * list values of core/template/layout.ts, which the reader recognises when the file comes back).
 */
import { describe, it, expect, beforeAll, afterAll } from "@jest/globals";
import { decorateMessages } from "../../../src/core/i18n";
import { writeTemplate } from "../../../src/xlsx/template-writer";
import {
  HEADER_FIELDS,
  META_SHEET,
  ROLE_LABELS,
  STATUS_LABELS,
  TABLE_COLUMNS,
} from "../../../src/core/template/layout";
import { FIXED_GENERATED_AT, loadWorkbook, standardCase } from "../../helpers/template-files";
import { contentFor } from "../../fixtures/deviations/grids";

beforeAll(() => decorateMessages((s) => `⟦${s}⟧`));
afterAll(() => decorateMessages(null));

/** The text without its translated parts (innermost ⟦…⟧ first, for messages inside messages). */
function unwrapped(text: string): string {
  let out = text;
  for (let prev = ""; prev !== out;) [prev, out] = [out, out.replace(/⟦[^⟦⟧]*⟧/g, " ")];
  return out;
}

describe("the template workbook", () => {
  it("shows no word that is neither translated, data, the form's vocabulary, nor listed debt", async () => {
    const content = contentFor();
    const wb = await loadWorkbook(await writeTemplate(content, { generatedAt: FIXED_GENERATED_AT }));
    const { plan } = standardCase();
    const data = [
      content.agency.name,
      content.agency.short,
      content.planNumber,
      content.periodLabel,
      content.dueText ?? "",
      ...content.rows.flatMap((r) => [r.taskCode, r.content, r.role, r.deadline]),
      ...plan.tasks.flatMap((t) => [t.code, t.title, t.text]),
      ...HEADER_FIELDS.map((f) => f.label),
      ...TABLE_COLUMNS.map((c) => c.label),
      ...Object.values(STATUS_LABELS),
      ...Object.values(ROLE_LABELS),
    ]
      .filter((s) => s.length > 1)
      .sort((a, b) => b.length - a.length);
    const unexplained: string[] = [];
    wb.eachSheet((ws) => {
      if (ws.name === META_SHEET) return; // very hidden: never shown
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          const text =
            typeof v === "string"
              ? v
              : v && typeof v === "object" && "richText" in v
                ? v.richText.map((r) => r.text).join("")
                : null;
          if (text === null) return;
          let rest = unwrapped(text);
          for (const d of data) rest = rest.split(d).join(" ");
          rest = rest.replace(/[\d\s.,;:!?/()\-–—…"'«»+=&%#*·|→]+/g, " ").trim();
          if (rest !== "") unexplained.push(`${ws.name}!${cell.address}: ${text}`);
        }),
      );
    });
    expect(unexplained).toEqual([]);
  });
});
