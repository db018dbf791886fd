import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { IMPORTS_SHEET, readImports } from "../../src/app/import-log";
import { removeImport } from "../../src/app/import-remove";
import { runChecks } from "../../src/app/check";
import { buildSummaryStep } from "../../src/app/summary";
import { isUserError } from "../../src/core/errors";
import type { StandinSheet } from "../office-standin/excel-standin";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

/** Everything the stand-in keeps of a sheet, as text: cells with all their formats, sizes, merges, views. */
function everything(s: StandinSheet): string {
  return JSON.stringify({
    name: s.name,
    cells: [...s.cells],
    widths: [...s.columnWidths],
    heights: [...s.rowHeights],
    charts: s.charts,
    merges: s.merges,
    freeze: s.freeze,
    autoFilter: s.autoFilter,
    validations: [...s.validations],
    tabColor: s.tabColor,
    protected: s.protected,
    visibility: s.visibility,
    objects: s.objects,
  });
}

describe("removeImport: “Gỡ bản nhập này”", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "done" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "inProgress" }, name: "tc.xlsx" },
      { agencyId: "HDAKHA", fill: { reportDate: "2022-11-14", status: "done" }, name: "dh.xlsx" },
    ]);
  });

  async function fullWorkbook() {
    const w = workbook();
    w.excel.addSheet("Của tôi").cellForWrite(2, 1).value = "ghi chú riêng";
    await importFiles(
      w.port,
      state,
      ["kh.xlsx", "tc.xlsx", "dh.xlsx"].map((n) => incoming(n)),
      codecsFor(files),
      NOW,
    );
    await runChecks(w.port, state, AS_OF, PERIOD);
    await buildSummaryStep(w.port, state, AS_OF, PERIOD);
    return w;
  }

  it("deletes that import's sheet and log line; every other sheet stays exactly as it was", async () => {
    const { excel, port } = await fullWorkbook();
    const before = excel.snapshot();
    const exact = new Map(excel.sheets.map((s) => [s.name, everything(s)]));
    const logBefore = await readImports(port);
    const target = logBefore[1]!;
    const out = await removeImport(port, target.sheet);
    expect(out.removed).toEqual(target);
    const after = excel.snapshot();
    // the order of the remaining sheets is kept too
    expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name).filter((n) => n !== target.sheet));
    for (const s of after) {
      if (s.name === IMPORTS_SHEET) continue;
      expect(s).toEqual(before.find((b) => b.name === s.name));
    }
    for (const s of excel.sheets) if (s.name !== IMPORTS_SHEET) expect(everything(s)).toBe(exact.get(s.name));
    expect(await readImports(port)).toEqual(logBefore.filter((r) => r !== target));
    expect(out.remaining).toEqual(logBefore.filter((r) => r !== target));
    expect(excel.findSheet(IMPORTS_SHEET)!.visibility).toBe("VeryHidden");
  });

  it("leaves the other imports to the next check: the removed file is no longer among its results", async () => {
    const { port } = await fullWorkbook();
    const [, tc] = await readImports(port);
    await removeImport(port, tc!.sheet);
    const outcome = await runChecks(port, state, AS_OF, PERIOD);
    expect(outcome.checked.map((c) => c.submission?.agencyId)).toEqual(["SKHDT", "HDAKHA"]);
  });

  it("withdraws an import whose sheet the user already deleted, and refuses one that is not in the log", async () => {
    const { excel, port } = workbook();
    await importFiles(port, state, [incoming("kh.xlsx"), incoming("tc.xlsx")], codecsFor(files), NOW);
    const [kh] = await readImports(port);
    excel.sheets = excel.sheets.filter((s) => s.name !== kh!.sheet);
    await removeImport(port, kh!.sheet);
    expect((await readImports(port)).map((r) => r.file)).toEqual(["tc.xlsx"]);
    const e = await removeImport(port, "NB không có").catch((x: unknown) => x);
    expect(isUserError(e)).toBe(true);
  });

  it("never deletes the last visible sheet: the log line goes and the message says what to do", async () => {
    const { excel, port } = workbook();
    await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
    // the empty Sheet1 was tidied away: the NB sheet is the only visible one
    expect(excel.sheets.filter((s) => s.visibility === "Visible")).toHaveLength(1);
    const [kh] = await readImports(port);
    const e = await removeImport(port, kh!.sheet).catch((x: unknown) => x);
    expect(isUserError(e) && e.key).toBe("ui.import.removeLastSheet");
    expect(await readImports(port)).toEqual([]);
    expect(excel.findSheet(kh!.sheet)).toBeDefined();
  });
});
