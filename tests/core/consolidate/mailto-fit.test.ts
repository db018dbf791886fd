import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import {
  draftBody,
  fittedMailto,
  mailtoUrl,
  MAX_MAILTO_LENGTH,
  type MailDraft,
} from "../../../src/core/consolidate/mailto";

/** The straightforward fit: try every length from the longest down (quadratic, as it once was). */
function bruteForceKept(to: string, subject: string, d: MailDraft): number {
  for (let keep = d.items.length; keep >= 0; keep--)
    if (mailtoUrl(to, subject, draftBody(d, keep)).length <= MAX_MAILTO_LENGTH) return keep;
  return 0;
}

const draft = (items: string[], intro = "Kính gửi: UBND xã"): MailDraft => ({
  intro: [intro, ""],
  items,
  outro: ["", "Trân trọng."],
  more: (n) => `… và ${n} nội dung khác`,
});

describe("fittedMailto", () => {
  it("keeps exactly as many items as the straightforward fit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 90 }), { maxLength: 80 }),
        fc.string({ maxLength: 200 }),
        (items, intro) => {
          const d = draft(
            items.map((s) => s.replace(/[\uD800-\uDFFF]/g, "")),
            intro.replace(/[\uD800-\uDFFF]/g, ""),
          );
          const fit = fittedMailto("xa@example.gov.vn", "Nhắc nhở", d);
          expect(fit.url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
          if (mailtoUrl("xa@example.gov.vn", "Nhắc nhở", draftBody(d, 0)).length <= MAX_MAILTO_LENGTH)
            expect(fit.itemsKept).toBe(bruteForceKept("xa@example.gov.vn", "Nhắc nhở", d));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fits 10,000 findings in well under a second (it once took 45 s for 2,000)", () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) => `Ô G${i + 12}: Ngày hoàn thành "31/02/2022" không phải là ngày hợp lệ (ngày không có thật).`,
    );
    const t0 = performance.now();
    const fit = fittedMailto("xa@example.gov.vn", "Nhắc nhở sửa báo cáo", draft(items));
    const ms = performance.now() - t0;
    expect(fit.url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(fit.itemsKept).toBeGreaterThan(0);
    expect(fit.itemsKept).toBeLessThan(items.length);
    expect(decodeURIComponent(fit.url)).toContain(`… và ${items.length - fit.itemsKept} nội dung khác`);
    expect(ms).toBeLessThan(1000);
  });

  it("cuts an intro too long for any link at a whole character, ending in …", () => {
    const fit = fittedMailto("xa@example.gov.vn", "Nhắc nhở", draft(["a"], "Ủy ban ".repeat(400)));
    expect(fit.itemsKept).toBe(0);
    expect(fit.url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(decodeURIComponent(fit.url).endsWith("…")).toBe(true);
    // one more character would not have fitted
    expect(fit.url.length).toBeGreaterThan(MAX_MAILTO_LENGTH - encodeURIComponent("Ủ").length - 1);
  });
});
