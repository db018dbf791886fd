import { describe, expect, it } from "@jest/globals";
import { consolidateSources, type SourceFile } from "../../../src/cli/commands/consolidate-files";
import type { PackedPart } from "../../../src/xlsx/write/zip-writer";
import { buildTemplate } from "../../../src/core/template/build";
import { writeTemplate } from "../../../src/xlsx/template-writer";
import { fillTemplate } from "../../../src/demo/fill";
import type { DemoReturn } from "../../../src/demo/scenario";
import { matrix, plan, roster } from "../../helpers/consolidate-builders";

async function filled(agencyId: string, statusText: string, result: string): Promise<Uint8Array> {
  const agency = roster.byId(agencyId)!;
  const content = buildTemplate(plan, matrix, agency, "2022");
  const bytes = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) });
  const ret: DemoReturn = {
    fileName: `${agencyId}.xlsx`,
    receivedOn: "2022-11-10",
    kind: "xlsx",
    header: { reportDate: "2022-11-10", preparedBy: "Trần Thị Mai", phone: "", email: "", documentNumber: "12/BC" },
    lines: content.rows.map((r, i) => ({
      taskCode: r.taskCode,
      statusText: i % 2 ? statusText : "",
      completedOn: null,
      result: i % 3 ? `${result} ${r.taskCode}. `.repeat(1 + (i % 40)) : "",
      difficulties: i % 4 ? "" : "Kinh phí còn hạn chế.",
      // Some lines propose at length: a text cut on the detail sheet names its own cell, kept through packing.
      proposals: i % 2 ? "" : `Đề nghị bổ sung kinh phí cho nhiệm vụ ${r.taskCode}. `.repeat(30),
    })),
  };
  return fillTemplate(bytes, content, ret);
}

describe("consolidating a batch with the copy sheets packed as they come (the CLI's way)", () => {
  it("gives the same summary sheets, links and cell names included, as keeping every file whole", async () => {
    const files = new Map([
      ["SLDTBXH.xlsx", await filled("SLDTBXH", "Đang thực hiện", "Đã tổ chức tập huấn")],
      ["STC.xlsx", await filled("STC", "Đã hoàn thành", "Đã cấp kinh phí")],
    ]);
    const sources: SourceFile[] = [...files].map(([fileName, bytes]) => ({
      fileName,
      receivedOn: "2022-11-10",
      read: async () => bytes,
    }));
    const options = {
      plan,
      roster,
      matrix,
      period: "2022",
      asOf: "2022-11-20",
      importedAt: "2022-11-21T09:00:00+07:00",
    };
    const whole = await consolidateSources(sources, options);
    const packedSheets: string[] = [];
    const packed = await consolidateSources(sources, {
      ...options,
      pack: async (sheet): Promise<PackedPart> => {
        packedSheets.push(sheet.name);
        return { crc: 0, size: 0, packed: new Uint8Array() };
      },
    });
    expect(packedSheets).toHaveLength(2);
    const copyNames = new Set(whole.summary.copies.values());
    const summarySheets = (s: typeof whole.summary) =>
      s.sheets.filter((sheet) => !copyNames.has(sheet.name)).map((sheet) => sheet.build());
    expect(summarySheets(packed.summary).map((s) => s.name)).toEqual(summarySheets(whole.summary).map((s) => s.name));
    for (const [i, sheet] of summarySheets(packed.summary).entries())
      expect([sheet.name, sheet.rows]).toEqual([sheet.name, summarySheets(whole.summary)[i]!.rows]);
    // The detail sheet names the cell of each agency's line: kept through packing.
    const detail = JSON.stringify(summarySheets(packed.summary));
    expect(detail).toMatch(/Báo cáo!F\d+/);
    expect(detail).toMatch(/J\d+/);
  });
});
