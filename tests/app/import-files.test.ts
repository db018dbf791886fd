import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { IMPORTS_SHEET, readImports } from "../../src/app/import-log";
import { buildSummaryStep } from "../../src/app/summary";
import { runChecks } from "../../src/app/check";
import { summarySheetNames } from "../../src/core/consolidate/build";
import { CancelledError } from "../../src/core/ports/cancel";
import { isUserError } from "../../src/core/errors";
import { installStandin } from "../office-standin/install";
import { createExcelPort } from "../../src/office/excel-port";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

describe("importFiles (step 3)", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  const short = (id: string) => state.rosterIndex.byId(id)!.short;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "done" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "tc.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-20", status: "done" }, name: "tc-sua.xlsx" },
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

  it("copies each report sheet into “NB <agency>”, logs it with Vietnam's time, and activates the first copy", async () => {
    const { excel, port } = workbook();
    const res = await importFiles(port, state, [incoming("kh.xlsx", "2022-11-15")], codecsFor(files), NOW);
    expect(res.imported.map((r) => r.sheet)).toEqual([`NB ${short("SKHDT")}`]);
    expect(res.total).toBe(1);
    const [r] = await readImports(port);
    expect(r).toEqual(res.imported[0]);
    expect(r!.meta.agencyId).toBe("SKHDT");
    expect(r!.agencyId).toBe("SKHDT");
    expect(r!.period).toBe(PERIOD);
    expect(r!.receivedOn).toBe("2022-11-15");
    // NOW is 08:00 UTC: 15:00 in Vietnam, not the raw UTC instant
    expect(r!.importedAt).toBe("2022-11-20 15:00:00");
    expect(excel.activeSheet).toBe(`NB ${short("SKHDT")}`);
    expect(excel.findSheet(IMPORTS_SHEET)!.visibility).toBe("VeryHidden");
  });

  it("names a second file of one agency apart and skips identical bytes", async () => {
    const { port } = workbook();
    const codecs = codecsFor(files);
    await importFiles(port, state, [incoming("tc.xlsx")], codecs, NOW);
    const res = await importFiles(port, state, [incoming("tc.xlsx"), incoming("tc-sua.xlsx")], codecs, NOW);
    expect(res.duplicates).toEqual(["tc.xlsx"]);
    expect(res.imported.map((r) => r.sheet)).toEqual([`NB ${short("STC")} (2)`]);
    expect(res.total).toBe(2);
  });

  it("never gives a new import the name of an NB sheet the user deleted while its log line stays", async () => {
    const { excel, port } = workbook();
    const codecs = codecsFor(files);
    await importFiles(port, state, [incoming("tc.xlsx")], codecs, NOW);
    excel.sheets = excel.sheets.filter((s) => s.name !== `NB ${short("STC")}`);
    const res = await importFiles(port, state, [incoming("tc-sua.xlsx")], codecs, NOW);
    expect(res.imported[0]!.sheet).toBe(`NB ${short("STC")} (2)`);
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
    // no agency found: the sheet is named after the file
    expect(res.imported[0]!.sheet).toBe("NB ghi-chu");
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

  it("says what it is on: each file read, then each sheet written, counted", async () => {
    const { port } = workbook();
    const seen: string[] = [];
    await importFiles(port, state, [incoming("kh.xlsx"), incoming("tc.xlsx")], codecsFor(files), NOW, {
      onProgress: (done, total, label) => seen.push(`${done}/${total}${label ? ` — ${label}` : ""}`),
    });
    const kh = `NB ${short("SKHDT")}`;
    const tc = `NB ${short("STC")}`;
    expect(seen).toEqual([
      "1/2 — kh.xlsx",
      "2/2 — tc.xlsx",
      "1/5",
      `2/5 — ${kh}`,
      `3/5 — ${tc}`,
      `4/5 — ${IMPORTS_SHEET}`,
      "5/5",
    ]);
  });
});

describe("a tidy workbook after importing", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "done" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "tc.xlsx" },
      { agencyId: "HDAKHA", fill: { reportDate: "2022-11-14", status: "done" }, name: "dh.xlsx" },
    ]);
  });
  const visibleTabs = (excel: ReturnType<typeof workbook>["excel"]) =>
    excel.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);

  it("keeps later imports with the earlier ones, before the check results and the summary", async () => {
    const { excel, port } = workbook();
    const codecs = codecsFor(files);
    excel.addSheet("Kế hoạch").cellForWrite(0, 0).value = "bảng nhiệm vụ";
    await importFiles(port, state, [incoming("kh.xlsx")], codecs, NOW);
    await runChecks(port, state, AS_OF, PERIOD);
    await buildSummaryStep(port, state, AS_OF, PERIOD);
    await importFiles(port, state, [incoming("tc.xlsx"), incoming("dh.xlsx")], codecs, NOW);
    const tabs = visibleTabs(excel);
    const nb = tabs.filter((n) => n.startsWith("NB "));
    expect(nb).toHaveLength(3);
    const firstNb = tabs.indexOf(nb[0]!);
    // together, in the order imported
    expect(tabs.slice(firstNb, firstNb + 3)).toEqual(nb);
    expect(nb[0]).toBe(`NB ${state.rosterIndex.byId("SKHDT")!.short}`);
    // after the plan's sheet, before every summary sheet
    expect(tabs.indexOf("Kế hoạch")).toBeLessThan(firstNb);
    const outputs = summarySheetNames()
      .map((n) => tabs.indexOf(n))
      .filter((i) => i >= 0);
    expect(outputs.length).toBeGreaterThan(3);
    for (const i of outputs) expect(i).toBeGreaterThan(firstNb + 2);
    // a summary run again keeps that order
    await buildSummaryStep(port, state, AS_OF, PERIOD);
    expect(visibleTabs(excel)).toEqual(tabs);
  });

  it("shows import times in Nhật ký in Vietnam's time, not raw UTC", async () => {
    const { excel, port } = workbook();
    await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
    await buildSummaryStep(port, state, AS_OF, PERIOD);
    const log = excel.snapshot().find((s) => s.name === "Nhật ký")!;
    const cells = log.values.flat().map(String);
    expect(cells).toContain("2022-11-20 15:00:00");
    expect(cells.some((c) => /\d{4}-\d{2}-\d{2}T\d{2}:/.test(c))).toBe(false);
  });

  it("removes the empty Sheet1 a new workbook starts with", async () => {
    const { excel, port } = workbook();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
    expect(excel.findSheet("Sheet1")).toBeUndefined();
    expect(visibleTabs(excel)).toEqual([`NB ${state.rosterIndex.byId("SKHDT")!.short}`]);
  });

  it("keeps a Sheet1 that holds a value, a format or a chart, and any empty sheet the user named", async () => {
    for (const fill of [
      (s: ReturnType<ReturnType<typeof workbook>["excel"]["addSheet"]>) => (s.cellForWrite(4, 2).value = "ghi chú"),
      (s: ReturnType<ReturnType<typeof workbook>["excel"]["addSheet"]>) => (s.cellForWrite(4, 2).numberFormat = "0.00"),
      (s: ReturnType<ReturnType<typeof workbook>["excel"]["addSheet"]>) =>
        s.charts.push({ type: "Pie", source: "A1:B2", title: "", position: null }),
      (s: ReturnType<ReturnType<typeof workbook>["excel"]["addSheet"]>) => (s.objects.tables = 1),
    ]) {
      const { excel, port } = workbook();
      fill(excel.findSheet("Sheet1")!);
      await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
      expect(excel.findSheet("Sheet1")).toBeDefined();
    }
    const { excel, port } = workbook();
    excel.addSheet("Ghi chú");
    await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
    expect(excel.findSheet("Ghi chú")).toBeDefined();
    expect(excel.findSheet("Sheet1")).toBeUndefined();
  });

  it("keeps the starter sheet where the host cannot tell it is blank (ExcelApi 1.3)", async () => {
    const excel = installStandin();
    excel.apiMinor = 3;
    const port = createExcelPort();
    await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
    expect(excel.findSheet("Sheet1")).toBeDefined();
  });
});
