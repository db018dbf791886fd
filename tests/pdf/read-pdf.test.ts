import { describe, it, expect } from "@jest/globals";
import { readPdf } from "../../src/pdf/read-pdf";
import { readPlanFile } from "../../src/plan-file/read-plan-file";
import { isUserError } from "../../src/core/errors";
import { line, makePdf, text } from "./make-pdf";

async function keyOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "no error";
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
}

/** A ruled 3 × 3 grid from x 50..350 and y 700..610, with the middle row's last two cells merged. */
function ruledTable(): string {
  const xs = [50, 100, 250, 350];
  const ys = [700, 670, 640, 610];
  const parts: string[] = [];
  for (const y of ys) parts.push(line(50, y, 350, y));
  for (const x of xs) {
    if (x === 250) {
      parts.push(line(x, 700, x, 670), line(x, 640, x, 610)); // no border inside the merged cell
    } else parts.push(line(x, 700, x, 610));
  }
  parts.push(text(55, 685, "TT"), text(105, 685, "Nhiem vu"), text(255, 685, "Chu tri"));
  parts.push(text(55, 655, "I."), text(105, 655, "Nhom mot, ca dong"));
  parts.push(
    text(55, 625, "1"),
    text(105, 625, "Viec mot rat dai"),
    text(105, 614, "tiep dong hai"),
    text(255, 625, "So Tu phap"),
  );
  return parts.join("\n");
}

describe("readPdf", () => {
  it("rebuilds a ruled table (a merged cell keeps its place) between the paragraphs around it", async () => {
    const page = [text(50, 760, "KE HOACH"), ruledTable(), text(50, 580, "III. TO CHUC THUC HIEN")].join("\n");
    const doc = await readPdf(makePdf([page]), "a.pdf");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "KE HOACH" },
      {
        kind: "table",
        rows: [
          ["TT", "Nhiem vu", "Chu tri"],
          ["I.", "Nhom mot, ca dong", ""],
          ["1", "Viec mot rat dai tiep dong hai", "So Tu phap"],
        ],
      },
      { kind: "paragraph", text: "III. TO CHUC THUC HIEN" },
    ]);
  });

  it("joins a table cut by a page break: the repeated header goes, the cut row is made whole", async () => {
    const grid = (rows: [string, string][]) => {
      const top = 700;
      const parts = [line(50, top, 350, top)];
      rows.forEach(([a, b], i) => {
        const y = top - 30 * (i + 1);
        parts.push(line(50, y, 350, y), text(55, y + 15, a), text(105, y + 15, b));
      });
      for (const x of [50, 100, 350]) parts.push(line(x, top, x, top - 30 * rows.length));
      return parts.join("\n");
    };
    const p1 = grid([
      ["TT", "Noi dung"],
      ["1", "Viec mot"],
      ["2", "Viec hai phan dau"],
    ]);
    const p2 = grid([
      ["TT", "Noi dung"],
      ["", "phan sau"],
      ["3", "Viec ba"],
    ]);
    const doc = await readPdf(makePdf([p1, p2]), "b.pdf");
    expect(doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          ["TT", "Noi dung"],
          ["1", "Viec mot"],
          ["2", "Viec hai phan dau phan sau"],
          ["3", "Viec ba"],
        ],
      },
    ]);
  });

  it("drops a page number at the page edge", async () => {
    const doc = await readPdf(
      makePdf([[text(290, 820, "2"), text(50, 700, "Noi dung ke hoach nam 2024")].join("\n")]),
      "c.pdf",
    );
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "Noi dung ke hoach nam 2024" }]);
  });

  it("a scan (pages without a text layer) gets a message saying so, in both languages", async () => {
    const scan = makePdf(["0.5 g 50 50 495 742 re f", "0.3 g 60 60 400 400 re f"]);
    try {
      await readPlanFile(scan, "scan.pdf");
      throw new Error("an error was expected");
    } catch (e) {
      expect(isUserError(e) && e.key).toBe("planFile.pdfNoText");
      expect((e as Error).message).toMatch(/OCR[\s\S]*OCR/);
    }
  });

  it("an empty or damaged PDF is refused with a message", async () => {
    expect(await keyOf(() => readPlanFile(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), "e.pdf"))).toBe(
      "planFile.damaged",
    );
    const good = makePdf([text(50, 700, "x")]);
    expect(await keyOf(() => readPlanFile(good.slice(0, 60), "cut.pdf"))).not.toBe("no error");
  });
});
