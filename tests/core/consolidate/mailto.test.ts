import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { draftBody, fittedMailto, mailtoUrl, MAX_MAILTO_LENGTH } from "../../../src/core/consolidate/mailto";
import { wrappedLines, fitRowHeights } from "../../../src/core/consolidate/row-heights";

describe("mailto links", () => {
  it("percent-encodes Vietnamese subject and body, with CRLF line breaks", () => {
    const url = mailtoUrl("so@example.gov.vn", "Nhắc nhở", "Kính gửi:\nSở Y tế");
    expect(url).toBe(
      "mailto:so@example.gov.vn?subject=Nh%E1%BA%AFc%20nh%E1%BB%9F&body=K%C3%ADnh%20g%E1%BB%ADi%3A%0D%0AS%E1%BB%9F%20Y%20t%E1%BA%BF",
    );
  });

  it("keeps characters of the address that would break the URL from doing so", () => {
    expect(mailtoUrl("a?b@x.vn", "s", "b").startsWith("mailto:a%3Fb@x.vn?subject=")).toBe(true);
  });

  it("always fits under the limit and says how many items were left out", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 0, maxLength: 120 }), { maxLength: 60 }),
        fc.string({ maxLength: 300 }),
        (items, intro) => {
          const draft = {
            intro: [intro],
            items,
            outro: ["Trân trọng."],
            more: (n: number) => `… và ${n} nội dung khác`,
          };
          const { url, itemsKept } = fittedMailto("x@example.gov.vn", "Tiêu đề", draft);
          expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
          const body = decodeURIComponent(url.split("&body=")[1]!);
          if (itemsKept < items.length && itemsKept > 0)
            expect(body).toContain(`… và ${items.length - itemsKept} nội dung khác`);
          if (itemsKept === items.length) expect(body).toBe(draftBody(draft).replace(/\n/g, "\r\n"));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("row heights", () => {
  it("counts wrapped lines at word boundaries and explicit breaks", () => {
    expect(wrappedLines("ngắn", 10)).toBe(1);
    expect(wrappedLines("một\nhai\nba", 40)).toBe(3);
    // 12 words of 4 letters in a column that holds about 11 characters a line: 2 words a line.
    expect(wrappedLines(Array(12).fill("nhập").join(" "), 10)).toBe(6);
  });

  it("gives a wrapped row a height and leaves one-line rows alone", () => {
    const sheet = fitRowHeights({
      name: "T",
      columns: [{ width: 10 }],
      rows: [
        { cells: ["ngắn"], style: "wrap" },
        { cells: [Array(12).fill("nhập").join(" ")], style: "wrap" },
      ],
    });
    expect(sheet.rows[0]!.height).toBeUndefined();
    expect(sheet.rows[1]!.height).toBeGreaterThanOrEqual(6 * 15);
  });
});
