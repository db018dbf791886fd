import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { parsePlan } from "../../../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../../../src/core/plan/kontum-4587.text";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { planToJson } from "../../../src/core/plan/export";
import { UserError } from "../../../src/core/errors";

const roster = indexRoster(KONTUM_ROSTER);
const seedJson = () =>
  planToJson(parsePlan(KONTUM_4587_TEXT, { roster }), roster) as {
    tasks: unknown[];
    reporting: unknown[];
    plan: unknown;
  };

/** Lines that open a block keep their place; every other line break may fall anywhere. */
const OPENS_BLOCK = /^(?:\d{1,2}\.(?:\d{1,2}\.)?\s|[IVX]+\.\s|\*|-|\||Nơi nhận)/u;

function rewrap(text: string, every: number): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("II. NỘI DUNG"));
  const end = lines.findIndex((l) => l.startsWith("Nơi nhận"));
  const head = lines.slice(0, start + 1);
  const tail = lines.slice(end);
  const paragraphs: string[] = [];
  for (const l of lines.slice(start + 1, end)) {
    if (paragraphs.length === 0 || OPENS_BLOCK.test(l)) paragraphs.push(l);
    else paragraphs[paragraphs.length - 1] += " " + l;
  }
  const out: string[] = [];
  for (const p of paragraphs) {
    const words = p.split(" ");
    let line: string[] = [];
    words.forEach((w, i) => {
      // Break after every n-th word, but never so that a line starts like a heading or a bullet.
      if (line.length >= every && !/^(?:\d|[IVX]+\.|\*|-|\|)/u.test(w) && i > 0) {
        out.push(line.join(" "));
        line = [];
      }
      line.push(w);
    });
    out.push(line.join(" "));
  }
  return [...head, ...out, ...tail].join("\n");
}

describe("messy text gives the same matrix", () => {
  const base = seedJson();

  it("CRLF line ends and decomposed Unicode (NFD)", () => {
    const messy = KONTUM_4587_TEXT.normalize("NFD").replace(/\n/g, "\r\n");
    expect(planToJson(parsePlan(messy, { roster }), roster)).toEqual(base);
  });

  for (const every of [2, 5, 9, 17]) {
    it(`line breaks moved anywhere inside paragraphs (every ${every} words)`, () => {
      const messy = rewrap(KONTUM_4587_TEXT, every);
      expect(messy).not.toBe(KONTUM_4587_TEXT);
      const got = planToJson(parsePlan(messy, { roster }), roster) as typeof base;
      expect(got.tasks).toEqual(base.tasks);
      expect(got.reporting).toEqual(base.reporting);
    });
  }

  it("'–' for '-', 'Uỷ' for 'Ủy', no-break spaces", () => {
    const messy = KONTUM_4587_TEXT.replace(/Lao động - Thương/g, "Lao động – Thương")
      .replace(/Ủy ban/g, "Uỷ ban")
      .replace(/ chủ trì/g, "\u00a0chủ trì");
    const plan = parsePlan(messy, { roster });
    const t14 = plan.tasks.find((t) => t.code === "1.4")!;
    expect(t14.coordinate[0]).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(plan.tasks.find((t) => t.code === "1.1")!.lead).toEqual([
      "Các sở, ban, ngành thuộc Uỷ ban nhân dân tỉnh",
      "Uỷ ban nhân dân các huyện, thành phố",
    ]);
    // The roster resolves both spellings to the same group.
    expect(roster.resolve("Uỷ ban nhân dân các huyện, thành phố").kind).toBe("group");
  });
});

describe("the parser never throws anything but a clear UserError", () => {
  const vocabulary = [
    "II. NỘI DUNG",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Nhóm",
    "1.1. Việc",
    "1.2.",
    "2.1 x",
    "* Phân công thực hiện:",
    "Sở Tài chính chủ trì, phối hợp với",
    "các đơn vị, địa phương có liên quan",
    "; Ủy ban nhân dân các huyện, thành phố triển khai thực hiện thường xuyên.",
    "- Cơ quan chủ trì:",
    "+ Cơ quan phối hợp: ;;,, và",
    "Thời gian thực hiện: Quý V/2023 trước 31/02/2022",
    "STT\tNội dung nhiệm vụ\tCơ quan chủ trì",
    "| 1 | | |",
    "Định kỳ (trước ngày 32 tháng 13 hàng năm) báo cáo về",
    "Số: /",
    ", ngày 99 tháng 99 năm 0",
    "CHỦ TỊCH",
    "",
    "(",
    ")",
    "[1]",
  ];
  const line = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
  );

  it("on arbitrary text made of plan-like lines", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom("\n", "\r\n", "\r"), (ls, eol) => {
        try {
          const plan = parsePlan(ls.join(eol), { roster });
          // What it returns is well formed: every task has a code and a known frequency.
          for (const t of plan.tasks) {
            expect(typeof t.code).toBe("string");
            expect(t.lead.length + t.coordinate.length >= 0).toBe(true);
          }
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        try {
          parsePlan(s);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });
});
