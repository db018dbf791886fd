import { describe, expect, it } from "@jest/globals";
import { installStandin } from "../office-standin/install";
import { filledTemplate, nodeCodecs } from "../office-standin/fixtures";
import { createExcelPort } from "../../src/office/excel-port";
import {
  loadPlan,
  matrixCsvToPlanText,
  planStateFrom,
  readPlanState,
  PLAN_TEXT_SHEET,
  type PlanState,
} from "../../src/app/plan-state";
import type { WorkbookPort } from "../../src/core/ports/workbook";
import { makeTemplates, templateAgencies } from "../../src/app/templates";
import { importFiles } from "../../src/app/import-files";
import { importKey, readImports, IMPORTS_SHEET } from "../../src/app/import-log";
import { loadImportedWorkbooks } from "../../src/app/imported";
import { runChecks } from "../../src/app/check";
import { buildSummaryStep } from "../../src/app/summary";
import { remindersStep } from "../../src/app/reminders";
import { isAgencyTemplate, selfCheck } from "../../src/app/self-check";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { META_SHEET, REPORT_SHEET } from "../../src/core/template/layout";
import { copyOfSheet } from "../../src/core/consolidate/copies";
import { checkFiles } from "../../src/core/report/pipeline";
import { buildSummaryWithDetails } from "../../src/core/consolidate/build";
import { uiMessages } from "../../src/core/i18n/ui";

const PERIOD = "2022";
const AS_OF = "2022-11-20";
const NOW = new Date(Date.UTC(2022, 10, 20, 8, 0, 0));

describe("the pane's steps on the Excel stand-in", () => {
  it("walks steps 1 → 6 with real template files and keeps every import", async () => {
    const excel = installStandin();
    const port = createExcelPort();

    // 1. Kế hoạch
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    expect(state.plan.tasks).toHaveLength(27); // 26 tasks and the agency duty III.3
    const names = excel.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Kế hoạch", "Ma trận phân công", "Danh bạ đơn vị", PLAN_TEXT_SHEET]));
    expect(excel.findSheet(PLAN_TEXT_SHEET)!.visibility).toBe("VeryHidden");
    const restored = await readPlanState(port);
    expect(restored!.plan.tasks.map((t) => t.code)).toEqual(state.plan.tasks.map((t) => t.code));

    // 2. Biểu mẫu: real .xlsx files from the project's writer
    const agencies = templateAgencies(state);
    expect(agencies.length).toBeGreaterThan(10);
    const chosen = ["SLDTBXH", "SKHDT", "HDAKHA"].filter((id) => agencies.some((a) => a.id === id));
    expect(chosen).toHaveLength(3);
    const templates = await makeTemplates(state, PERIOD, chosen, nodeCodecs);
    expect(templates.map((t) => t.agencyId).sort()).toEqual([...chosen].sort());
    for (const t of templates) expect([...t.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip: .xlsx

    // 3. Nhập báo cáo: one good file, one with blanks and formula-looking text; then a third later
    const good = await filledTemplate(state, "SLDTBXH", PERIOD, { reportDate: "2022-11-10", status: "done" });
    const bad = await filledTemplate(state, "SKHDT", PERIOD, {
      reportDate: "2022-11-12",
      status: "skip",
      preparedBy: "",
    });
    const risky = '=HYPERLINK("http://evil.example","bấm vào")';
    const district = await filledTemplate(state, "HDAKHA", PERIOD, {
      reportDate: "2022-11-14",
      status: "inProgress",
      firstResult: risky,
    });
    let res = await importFiles(
      port,
      state,
      [
        { name: good.fileName, bytes: good.bytes, receivedOn: "2022-11-10" },
        { name: bad.fileName, bytes: bad.bytes, receivedOn: "2022-11-16" },
      ],
      nodeCodecs,
      NOW,
    );
    expect(res.failed).toEqual([]);
    const short = (id: string) => state.rosterIndex.byId(id)!.short;
    expect(res.imported.map((r) => r.sheet)).toEqual([`NB ${short("SLDTBXH")}`, `NB ${short("SKHDT")}`]);
    res = await importFiles(
      port,
      state,
      [
        { name: good.fileName, bytes: good.bytes, receivedOn: "2022-11-10" },
        { name: district.fileName, bytes: district.bytes, receivedOn: "2022-11-14" },
        {
          name: "ghi-chu.pdf",
          bytes: new TextEncoder().encode("%PDF-1.4 not a spreadsheet"),
          receivedOn: "2022-11-14",
        },
      ],
      nodeCodecs,
      NOW,
    );
    expect(res.duplicates).toEqual([good.fileName]);
    expect(res.imported).toHaveLength(1);
    expect(res.failed.map((f) => f.file)).toEqual(["ghi-chu.pdf"]);
    expect(res.total).toBe(3);
    const log = await readImports(port);
    expect(log.map((r) => r.file)).toEqual([good.fileName, bad.fileName, district.fileName]);
    expect(log[2]!.meta.agencyId).toBe("HDAKHA");
    expect(excel.findSheet(IMPORTS_SHEET)!.visibility).toBe("VeryHidden");
    // earlier imports are still there, cell for cell
    const firstCopy = excel.snapshot().find((s) => s.name === `NB ${short("SLDTBXH")}`)!;
    expect(firstCopy.values.flat()).toContain("Đã hoàn thành");

    // 4. Kiểm tra
    const outcome = await runChecks(port, state, AS_OF, PERIOD);
    expect(outcome.groups.map((g) => g.file)).toEqual([good.fileName, bad.fileName, district.fileName]);
    const badGroup = outcome.groups[1]!;
    const badErrors = badGroup.issues.filter((v) => v.issue.severity === "error");
    expect(badErrors.length).toBeGreaterThan(0);
    expect(outcome.groups[0]!.issues.filter((v) => v.issue.severity === "error")).toEqual([]);
    const pointed = badErrors.find((v) => v.issue.cell && v.target && v.target.cell === v.issue.cell)!;
    expect(pointed.target!.sheet).toBe(`NB ${short("SKHDT")}`);
    const fills = excel.snapshot().find((s) => s.name === `NB ${short("SKHDT")}`)!.fills;
    expect(fills[pointed.target!.cell]).toBe("#FFC7CE");
    expect(excel.findSheet("Kết quả kiểm tra")).toBeDefined();
    await port.selectCell(pointed.target!.sheet, pointed.target!.cell);
    expect(excel.selection).toEqual({ sheet: `NB ${short("SKHDT")}`, address: pointed.target!.cell });
    // Kết quả kiểm tra: the finding's cell links to the same cell of the file's NB sheet.
    const issueLinks = () => {
      const snap = excel.snapshot().find((s) => s.name === "Kết quả kiểm tra")!;
      const headerRow = snap.values.findIndex((r) => r.includes("Ô") && r.includes("Tệp"));
      const [fileCol, cellCol] = [snap.values[headerRow]!.indexOf("Tệp"), snap.values[headerRow]!.indexOf("Ô")];
      return snap.values.slice(headerRow + 1).map((r, i) => ({
        file: r[fileCol],
        cell: r[cellCol],
        link: snap.hyperlinks[`${String.fromCharCode(65 + cellCol)}${headerRow + 2 + i}`],
      }));
    };
    const badKey = importKey(log[1]!);
    expect(badKey).toBe(`${bad.fileName} [NB ${short("SKHDT")}]`);
    const linked = issueLinks().find((r) => r.file === badKey && r.cell === pointed.issue.cell);
    expect(linked?.link).toBe(`#'NB ${short("SKHDT")}'!${pointed.issue.cell}`);
    // every link lands in the NB sheet of its own file, on the address shown
    const sheetOfFile = new Map(log.map((r) => [importKey(r), r.sheet]));
    const withLinks = issueLinks().filter((r) => r.link);
    expect(withLinks.length).toBeGreaterThan(1);
    for (const r of withLinks) expect(r.link).toBe(`#'${sheetOfFile.get(String(r.file))}'!${String(r.cell)}`);

    // 5. Tổng hợp
    const summary = await buildSummaryStep(port, state, AS_OF, PERIOD);
    expect(summary.submitted).toBe(3);
    expect(summary.expected).toBe(agencies.length);
    for (const n of summary.sheetNames) expect(excel.findSheet(n)).toBeDefined();
    // the rebuilt Kết quả kiểm tra keeps its links; Tình hình nộp báo cáo links each file to its NB sheet
    expect(issueLinks().find((r) => r.file === badKey && r.cell === pointed.issue.cell)?.link).toBe(
      `#'NB ${short("SKHDT")}'!${pointed.issue.cell}`,
    );
    const subs = excel.snapshot().find((s) => s.name === "Tình hình nộp báo cáo")!;
    expect(Object.values(subs.hyperlinks).sort()).toEqual(log.map((r) => `#'${r.sheet}'!A1`).sort());
    expect(excel.sheets.some((s) => s.charts.length > 0)).toBe(true);

    // 6. Nhắc nhở: the agencies that did not report, and the one with errors
    const reminders = await remindersStep(port, state, AS_OF, PERIOD);
    expect(reminders.length).toBe(agencies.length - 2);
    const kh = reminders.find((r) => r.agencyName === "Sở Kế hoạch và Đầu tư")!;
    expect(kh.mailto.startsWith("mailto:")).toBe(true);
    expect(kh.mailto.length).toBeLessThanOrEqual(2000);

    // Nothing from a submission became a formula anywhere in the workbook.
    for (const s of excel.snapshot()) expect(s.formulas).toEqual({});
    const districtCopy = excel.snapshot().find((s) => s.name === `NB ${short("HDAKHA")}`)!;
    expect(districtCopy.values.flat()).toContain(risky);
  });

  it("keeps two files with the same name apart: each agency its own submission, findings and received date", async () => {
    installStandin();
    const port = createExcelPort();
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const kh = await filledTemplate(state, "SKHDT", PERIOD, { reportDate: "2022-11-10", status: "skip" });
    const tc = await filledTemplate(state, "STC", PERIOD, { reportDate: "2022-11-14", status: "done" });
    const name = "BaoCao.xlsx";
    await importFiles(port, state, [{ name, bytes: kh.bytes, receivedOn: "2022-11-10" }], nodeCodecs, NOW);
    await importFiles(port, state, [{ name, bytes: tc.bytes, receivedOn: "2022-11-30" }], nodeCodecs, NOW);
    const log = await readImports(port);
    expect(log.map((r) => r.file)).toEqual([name, name]);

    const outcome = await runChecks(port, state, AS_OF, PERIOD);
    const [g1, g2] = outcome.groups;
    expect([g1!.agencyId, g2!.agencyId]).toEqual(["SKHDT", "STC"]);
    expect([g1!.file, g2!.file]).toEqual([name, name]);
    expect([g1!.sheet, g2!.sheet]).toEqual([log[0]!.sheet, log[1]!.sheet]);
    // every finding points into its own file's NB sheet
    for (const [g, rec] of [
      [g1!, log[0]!],
      [g2!, log[1]!],
    ] as const) {
      for (const v of g.issues) if (v.target) expect(v.target.sheet).toBe(rec.sheet);
    }
    expect(g1!.issues.some((v) => v.issue.severity === "error")).toBe(true);
    expect(g2!.issues.filter((v) => v.issue.severity === "error")).toEqual([]);

    const { summary } = await summaryOfImports(port, state);
    const standing = (id: string) => summary.analysis.agencies.find((a) => a.agency.id === id)!;
    expect(standing("SKHDT").current?.submission?.agencyId).toBe("SKHDT");
    expect(standing("STC").current?.submission?.agencyId).toBe("STC");
    expect(standing("SKHDT").receivedOn).toBe("2022-11-10");
    expect(standing("STC").receivedOn).toBe("2022-11-30");
  });

  it("a corrected file sent under the same name supersedes the first one in the summary", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const v1 = await filledTemplate(state, "SKHDT", PERIOD, { reportDate: "2022-11-10", status: "skip" });
    const v2 = await filledTemplate(state, "SKHDT", PERIOD, { reportDate: "2022-11-14", status: "done" });
    const name = "BaoCao_SKHDT.xlsx";
    await importFiles(port, state, [{ name, bytes: v1.bytes, receivedOn: "2022-11-10" }], nodeCodecs, NOW);
    await importFiles(port, state, [{ name, bytes: v2.bytes, receivedOn: "2022-11-14" }], nodeCodecs, NOW);
    const outcome = await runChecks(port, state, AS_OF, PERIOD);
    expect(outcome.groups.map((g) => g.superseded)).toEqual([true, false]);
    await buildSummaryStep(port, state, AS_OF, PERIOD);
    const subs = excel.snapshot().find((s) => s.name === "Tình hình nộp báo cáo")!;
    const log = await readImports(port);
    // the summary's row for the agency names the corrected file's NB sheet
    const row = subs.values.find((r) => r.includes(importKey(log[1]!)));
    expect(row).toBeDefined();
    const { checked, summary } = await summaryOfImports(port, state);
    const kh = summary.analysis.agencies.find((a) => a.agency.id === "SKHDT")!;
    expect(kh.current).toBe(checked[1]);
    expect(kh.errors).toEqual([]);
    expect(kh.receivedOn).toBe("2022-11-14");
  });

  it("a cancelled check stops between files and writes nothing", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const files = await Promise.all(
      ["SLDTBXH", "SKHDT"].map(async (id) => {
        const f = await filledTemplate(state, id, PERIOD, { reportDate: "2022-11-10", status: "done" });
        return { name: f.fileName, bytes: f.bytes, receivedOn: "2022-11-10" };
      }),
    );
    await importFiles(port, state, files, nodeCodecs, NOW);
    const ac = new AbortController();
    const seen: number[] = [];
    const run = runChecks(port, state, AS_OF, PERIOD, {
      signal: ac.signal,
      onProgress: (done) => {
        seen.push(done);
        ac.abort();
      },
    });
    await expect(run).rejects.toThrow(/Đã hủy/);
    expect(seen).toEqual([1]);
    expect(excel.findSheet("Kết quả kiểm tra")).toBeUndefined();
  });

  it("speaks Vietnamese Excel's words in the pane: trang tính, sổ làm việc", () => {
    const vi = Object.values(uiMessages.vi).join("\n");
    expect(vi).not.toMatch(/\bsheet\b|sổ tính|bảng tính/i);
    expect(vi).toContain("trang tính “Kết quả kiểm tra”");
    expect(vi).toContain("sổ làm việc");
  });

  it("reads a matrix table given as CSV", () => {
    const text = matrixCsvToPlanText([
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
      [
        "1",
        "Rà soát hộ nghèo | cận nghèo",
        "Sở Lao động - Thương binh và Xã hội",
        "UBND các huyện, thành phố",
        "Hằng năm",
      ],
    ]);
    expect(text.split("\n")[1]).toBe(
      "1 | Rà soát hộ nghèo / cận nghèo | Sở Lao động - Thương binh và Xã hội | UBND các huyện, thành phố | Hằng năm",
    );
  });

  it("recognises an agency's template and checks it before sending", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const state = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
    const file = await filledTemplate(state, "SKHDT", PERIOD, { reportDate: "2022-11-12", status: "skip" });
    const wb = await nodeCodecs.readSubmission(file.bytes, file.fileName);
    await port.writeSheets(
      wb.sheets.map((s) => copyOfSheet(s, s.name)),
      { veryHidden: [META_SHEET] },
    );
    expect(isAgencyTemplate((await port.listSheets()).map((s) => s.name))).toBe(true);
    expect(isAgencyTemplate(["Kế hoạch", "Ma trận phân công", "Báo cáo"])).toBe(false);
    const out = await selfCheck(port, KONTUM_4587_TEXT, "2022-11-12");
    expect(out.errors).toBeGreaterThan(0);
    expect(out.planMismatch).toBeNull();
    const first = out.issues.find((v) => v.issue.severity === "error" && v.target)!;
    expect(first.target!.sheet).toBe(REPORT_SHEET);
    // The agency e-mails this very workbook: its cells are not coloured (the list selects them),
    // so no stale red travels to the focal point and the agency's own fills stay.
    const own = excel.findSheet(REPORT_SHEET)!.cellForWrite(0, 0);
    own.fill = "#DDEBF7";
    const again = await selfCheck(port, KONTUM_4587_TEXT, "2022-11-12");
    expect(again.errors).toBe(out.errors);
    expect(excel.snapshot().find((s) => s.name === REPORT_SHEET)!.fills).toEqual({ A1: "#DDEBF7" });
  });

  it("clears an import sheet's old colours when its findings change", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    // completion dates in November: "in the future" when judged in March, fine in November
    const f = await filledTemplate(state, "SKHDT", PERIOD, { reportDate: "2022-11-14", status: "done" });
    await importFiles(port, state, [{ name: f.fileName, bytes: f.bytes, receivedOn: "" }], nodeCodecs, NOW);
    const [rec] = await readImports(port);
    const fillsNow = () => excel.snapshot().find((s) => s.name === rec!.sheet)!.fills;
    const wanted = (o: Awaited<ReturnType<typeof runChecks>>) =>
      new Set(
        o.groups.flatMap((g) =>
          g.issues.filter((v) => v.target && v.issue.cell && v.issue.severity !== "info").map((v) => v.target!.cell),
        ),
      );
    const march = await runChecks(port, state, "2022-03-01", PERIOD);
    const marchCells = wanted(march);
    expect(new Set(Object.keys(fillsNow()))).toEqual(marchCells);
    const valuesBefore = excel.snapshot().find((s) => s.name === rec!.sheet)!.values;
    const november = await runChecks(port, state, "2022-11-20", PERIOD);
    const novemberCells = wanted(november);
    expect([...marchCells].some((c) => !novemberCells.has(c))).toBe(true); // the case this is about
    expect(new Set(Object.keys(fillsNow()))).toEqual(novemberCells);
    expect(excel.snapshot().find((s) => s.name === rec!.sheet)!.values).toEqual(valuesBefore);
    // the same findings again: the sheet is not rewritten, only coloured
    const writes = excel.sheets.find((s) => s.name === rec!.sheet)!.id;
    await runChecks(port, state, "2022-11-20", PERIOD);
    expect(excel.sheets.find((s) => s.name === rec!.sheet)!.id).toBe(writes);
    expect(new Set(Object.keys(fillsNow()))).toEqual(novemberCells);
  });

  it("still returns the findings when Excel refuses to colour a protected import sheet", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const f = await filledTemplate(state, "SKHDT", PERIOD, { reportDate: "2022-11-12", status: "skip" });
    await importFiles(port, state, [{ name: f.fileName, bytes: f.bytes, receivedOn: "" }], nodeCodecs, NOW);
    const [rec] = await readImports(port);
    excel.findSheet(rec!.sheet)!.protected = true;
    const out = await runChecks(port, state, AS_OF, PERIOD);
    expect(out.highlighted).toBe(false);
    expect(out.errors).toBeGreaterThan(0);
    expect(excel.findSheet("Kết quả kiểm tra")).toBeDefined();
    expect(uiMessages.vi["ui.check.notColoured"]).toContain("trang tính");
  });
});

describe("sync counts do not grow with the number of agencies", () => {});

/** The imports of the workbook checked and summarised by the core directly, as the CLI would. */
async function summaryOfImports(port: WorkbookPort, state: PlanState) {
  const { records, inputs } = await loadImportedWorkbooks(port);
  const settings = { plan: state.plan, roster: state.rosterIndex, matrix: state.matrix, asOf: AS_OF, period: PERIOD };
  const checked = checkFiles(inputs, settings);
  const receivedOn = Object.fromEntries(records.map((r) => [importKey(r), r.receivedOn]));
  return { checked, summary: buildSummaryWithDetails({ ...settings, checked, receivedOn }) };
}
