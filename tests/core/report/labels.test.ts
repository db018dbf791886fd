import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { labelKey } from "../../../src/core/report/labels";
import { foldKey } from "../../../src/core/text";

/** labelKey as it was: each abbreviation replaced in turn, one expression after another. */
const IN_TURN: [RegExp, string][] = [
  [/\bnv\b/g, "nhiem vu"],
  [/\bht\b/g, "hoan thanh"],
  [/\bth\b/g, "thuc hien"],
  [/\bnd\b/g, "noi dung"],
  [/\bkq\b/g, "ket qua"],
  [/\bkk\b/g, "kho khan"],
  [/\bvm\b/g, "vuong mac"],
  [/\bdx\b/g, "de xuat"],
  [/\bkn\b/g, "kien nghi"],
  [/\bgc\b/g, "ghi chu"],
  [/\bdv\b/g, "don vi"],
  [/\bbc\b/g, "bao cao"],
  [/\bsdt\b/g, "so dien thoai"],
  [/\bdt\b/g, "dien thoai"],
  [/\bvb\b/g, "van ban"],
  [/\bkh\b/g, "ke hoach"],
  [/\bemail\b/g, "e mail"],
  [/\bstt\b/g, "so thu tu"],
  [/\btt\b/g, "so thu tu"],
];

function labelKeyInTurn(label: string): string {
  let k = foldKey(label.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
  for (const [re, full] of IN_TURN) k = k.replace(re, full);
  return k
    .replace(/\b(va|cua|cac)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("labelKey", () => {
  it("spells out abbreviations as retyped labels write them", () => {
    expect(labelKey("Mã NV")).toBe("ma nhiem vu");
    expect(labelKey("Ngày HT (dd/mm/yyyy)")).toBe("ngay hoan thanh");
    expect(labelKey("SĐT")).toBe("so dien thoai");
    expect(labelKey("Khó khăn, vướng mắc / KK-VM")).toBe("kho khan vuong mac kho khan vuong mac");
    expect(labelKey("STT")).toBe("so thu tu");
    expect(labelKey("Email đơn vị")).toBe("e mail don vi");
  });

  it("is what replacing the abbreviations one after another gave, for any label", () => {
    const word = fc.oneof(
      fc.constantFrom(...IN_TURN.map(([re]) => re.source.slice(2, -2)), "NV", "Đt", "sđt", "(nv)", "[kh]", "va", "của"),
      fc.constantFrom("nhiem", "vu", "hoan", "thanh", "e", "mail", "so", "thu", "tu", "ngày", "Mã"),
      fc.string({ maxLength: 5 }),
    );
    const sep = fc.constantFrom(" ", "  ", "-", "/", ".", ",", "", "\t", "_");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 10 }), (parts) => {
        const label = parts.map(([w, s]) => w + s).join("");
        expect(labelKey(label)).toBe(labelKeyInTurn(label));
      }),
      { numRuns: 3000 },
    );
  });
});
