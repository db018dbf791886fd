import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { agencyKey } from "../../../src/core/roster/match";
import { foldKey } from "../../../src/core/text";

/** The rules one after another, as they were first written: the one-pass version must agree with it. */
const SEQUENTIAL: [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bub\b/g, "uy ban"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bmttq\b/g, "mat tran to quoc"],
  [/\bmttqvn\b/g, "mat tran to quoc viet nam"],
  [/\bubmttqvn\b/g, "uy ban mat tran to quoc viet nam"],
  [/\btp\b/g, "thanh pho"],
  [/\bldtbxh\b/g, "lao dong thuong binh xa hoi"],
  [/\bld tb xh\b/g, "lao dong thuong binh xa hoi"],
  [/\blao dong tb xh\b/g, "lao dong thuong binh xa hoi"],
  [/\btb xh\b/g, "thuong binh xa hoi"],
  [/\bcsxh\b/g, "chinh sach xa hoi"],
  [/\bnhcsxh\b/g, "ngan hang chinh sach xa hoi"],
  [/\bkh dt\b/g, "ke hoach dau tu"],
  [/\bkhdt\b/g, "ke hoach dau tu"],
  [/\bnn ptnt\b/g, "nong nghiep phat trien nong thon"],
  [/\bnnptnt\b/g, "nong nghiep phat trien nong thon"],
];

function sequentialKey(name: string): string {
  let k = foldKey(name)
    .replace(/\b(va|cua)\b/g, " ")
    .replace(/\s+/g, " ");
  for (const [re, full] of SEQUENTIAL) k = k.replace(re, full);
  return k
    .replace(/\b(va|cua)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("agencyKey", () => {
  it("spells out abbreviations and drops fillers", () => {
    expect(agencyKey("UBND huyện Đắk Hà")).toBe(agencyKey("Ủy ban nhân dân huyện Đắk Hà"));
    expect(agencyKey("Sở NN và PTNT")).toBe("so nong nghiep phat trien nong thon");
    expect(agencyKey("Sở Lao động - TB&XH")).toBe("so lao dong thuong binh xa hoi");
    expect(agencyKey("Ủy ban MTTQVN tỉnh")).toBe("uy ban mat tran to quoc viet nam tinh");
  });

  it("in one pass gives what the rules applied one after another give, for any mix of their words", () => {
    const word = fc.constantFrom(
      ...["ubnd", "ub", "UB", "hdnd", "mttq", "mttqvn", "ubmttqvn", "tp", "ldtbxh", "ld", "tb", "xh", "lao", "dong"],
      ...["csxh", "nhcsxh", "kh", "dt", "khdt", "nn", "ptnt", "nnptnt", "và", "của", "Sở", "-", "&", "tỉnh", "x"],
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.constantFrom(" ", "  ", " - ", "&"), (words, sep) => {
        const name = words.join(sep);
        expect(agencyKey(name)).toBe(sequentialKey(name));
      }),
      { numRuns: 2000 },
    );
  });
});
