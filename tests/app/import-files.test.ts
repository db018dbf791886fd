import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { IMPORTS_SHEET, readImports } from "../../src/app/import-log";
import { CancelledError } from "../../src/core/ports/cancel";
import { isUserError } from "../../src/core/errors";
import { NOW, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

describe("importFiles (step 3)", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "done" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "tc.xlsx" },
    ]);
    // a workbook with no report table: the fullest visible sheet is taken
    files.set("ghi-chu.xlsx", {
      fileName: "ghi-chu.xlsx",
      sheets: [
        { name: "Trống", rows: [] },
        { name: "Ghi chú", rows: [["Kính gửi"], ["Sở Tài chính"]] },
      ],
    });
    files.set("rong.xlsx", { fileName: "rong.xlsx", sheets: [] });
  });

  it("copies each report sheet into NB<n> <agency>, logs its metadata, and activates the first copy", async () => {
    const { excel, port } = workbook();
    const res = await importFiles(port, state, [incoming("kh.xlsx", "2022-11-15")], codecsFor(files), NOW);
    const short = state.rosterIndex.byId("SKHDT")!.short;
    expect(res.imported.map((r) => r.sheet)).toEqual([`NB01 ${short}`]);
    expect(res.total).toBe(1);
    const [r] = await readImports(port);
    expect(r).toEqual(res.imported[0]);
    expect(r!.meta.agencyId).toBe("SKHDT");
    expect(r!.receivedOn).toBe("2022-11-15");
    expect(r!.importedAt).toBe(NOW.toISOString());
    expect(excel.activeSheet).toBe(`NB01 ${short}`);
    expect(excel.findSheet(IMPORTS_SHEET)!.visibility).toBe("VeryHidden");
  });

  it("numbers later imports after the earlier ones and skips identical bytes", async () => {
    const { port } = workbook();
    const codecs = codecsFor(files);
    await importFiles(port, state, [incoming("kh.xlsx")], codecs, NOW);
    const res = await importFiles(port, state, [incoming("kh.xlsx"), incoming("tc.xlsx")], codecs, NOW);
    expect(res.duplicates).toEqual(["kh.xlsx"]);
    expect(res.imported.map((r) => r.sheet.slice(0, 4))).toEqual(["NB02"]);
    expect(res.total).toBe(2);
  });

  it("one unreadable file is reported in the user's words and the others are imported", async () => {
    const { port } = workbook();
    const res = await importFiles(
      port,
      state,
      [incoming("rong.xlsx"), incoming("ghi-chu.xlsx"), incoming("tc.xlsx")],
      codecsFor(files),
      NOW,
    );
    expect(res.failed.map((f) => f.file)).toEqual(["rong.xlsx"]);
    expect(isUserError(res.failed[0]!.error)).toBe(true);
    expect(res.imported.map((r) => r.file)).toEqual(["ghi-chu.xlsx", "tc.xlsx"]);
    expect(res.imported[0]!.originalSheet).toBe("Ghi chú");
    expect(res.imported[0]!.sheet).toBe("NB01 ghi-chu");
  });

  it("a cancel before the write leaves the workbook as it was", async () => {
    const { excel, port } = workbook();
    const ac = new AbortController();
    ac.abort();
    const before = excel.snapshot();
    await expect(
      importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW, { signal: ac.signal }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(excel.snapshot()).toEqual(before);
  });
});
