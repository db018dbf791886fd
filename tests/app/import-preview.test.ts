import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { importsSheet, readImports, IMPORTS_SHEET } from "../../src/app/import-log";
import { classifyBatch, prepareFiles } from "../../src/app/import-preview";
import { META_SHEET } from "../../src/core/template/layout";
import { NOW, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

describe("the import preview: new, duplicate or another version, before anything is written", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "done" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "tc.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-20", status: "done" }, name: "tc-sua.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-02", status: "done" }, name: "tc-cu.xlsx" },
    ]);
    // the same agency's correction copied into a new workbook: the template's metadata is gone,
    // the reader still finds the sender in the header
    const copied = files.get("tc-sua.xlsx")!;
    files.set("tc-chep-lai.xlsx", {
      fileName: "tc-chep-lai.xlsx",
      sheets: copied.sheets.filter((s) => s.name !== META_SHEET),
    });
    const other = await returns(state, [{ agencyId: "STC", fill: { reportDate: "2021-11-14", status: "done" } }]);
    const [, wb2021] = [...other][0]!;
    files.set("tc-2021.xlsx", {
      ...wb2021,
      sheets: wb2021.sheets.map((s) => ({
        ...s,
        rows: s.rows.map((r) => r.map((c) => (c === "2022" ? "2021" : c))),
      })),
    });
    files.set("rong.xlsx", { fileName: "rong.xlsx", sheets: [] });
  });

  const preview = async (port: ReturnType<typeof workbook>["port"], names: string[]) => {
    const prepared = await prepareFiles(
      names.map((n) => incoming(n)),
      state,
      codecsFor(files),
    );
    return classifyBatch(await readImports(port), prepared);
  };

  it("writes nothing while it reads", async () => {
    const { excel, port } = workbook();
    const before = excel.snapshot();
    await preview(port, ["kh.xlsx", "tc.xlsx"]);
    expect(excel.snapshot()).toEqual(before);
  });

  it("calls every file of an empty workbook new, and names the sender it found", async () => {
    const { port } = workbook();
    const prepared = await prepareFiles([incoming("kh.xlsx"), incoming("tc-chep-lai.xlsx")], state, codecsFor(files));
    expect(prepared.map((p) => [p.agencyId, p.agencyLabel, p.period])).toEqual([
      ["SKHDT", state.rosterIndex.byId("SKHDT")!.short, "2022"],
      ["STC", state.rosterIndex.byId("STC")!.short, "2022"],
    ]);
    expect(classifyBatch(await readImports(port), prepared).map((v) => v.kind)).toEqual(["new", "new"]);
  });

  it("finds a file already imported (same bytes), and the same file twice in one batch", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("kh.xlsx")], codecsFor(files), NOW);
    const [dup, fresh, again] = await preview(port, ["kh.xlsx", "tc.xlsx", "tc.xlsx"]);
    expect(dup).toEqual({
      kind: "duplicate",
      of: { file: "kh.xlsx", sheet: `NB ${state.rosterIndex.byId("SKHDT")!.short}` },
    });
    expect(fresh).toEqual({ kind: "new" });
    expect(again).toEqual({ kind: "duplicate", of: { file: "tc.xlsx", sheet: null } });
  });

  it("calls a later file of an agency and period already imported a newer version, with or without the template's metadata", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("tc.xlsx")], codecsFor(files), NOW);
    const sheet = `NB ${state.rosterIndex.byId("STC")!.short}`;
    const [sua, chep] = await preview(port, ["tc-sua.xlsx", "tc-chep-lai.xlsx"]);
    expect(sua).toEqual({ kind: "replaces", earlier: { file: "tc.xlsx", sheet, date: "2022-11-14" }, older: false });
    // the second is judged against the first of the batch, the newest version then
    expect(chep).toMatchObject({ kind: "replaces", earlier: { file: "tc-sua.xlsx", sheet: null }, older: false });
  });

  it("says when a file is older than the version in the workbook (it will not count)", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("tc.xlsx")], codecsFor(files), NOW);
    const [old] = await preview(port, ["tc-cu.xlsx"]);
    expect(old).toMatchObject({ kind: "replaces", older: true, earlier: { file: "tc.xlsx" } });
  });

  it("a received date given on import decides over the report date", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("tc.xlsx", "2022-11-25")], codecsFor(files), NOW);
    const [sua] = await preview(port, ["tc-sua.xlsx"]);
    expect(sua).toMatchObject({ kind: "replaces", older: true });
  });

  it("another period of the same agency is a new report, and an unreadable file says why", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("tc.xlsx")], codecsFor(files), NOW);
    const [y2021, bad] = await preview(port, ["tc-2021.xlsx", "rong.xlsx"]);
    expect(y2021).toEqual({ kind: "new" });
    expect(bad!.kind).toBe("unreadable");
  });

  it("reads an older log without the sender columns by the template's metadata", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("tc.xlsx")], codecsFor(files), NOW);
    const [rec] = await readImports(port);
    const { agencyId: _a, period: _p, reportDate: _d, ...old } = rec!;
    const sheet = importsSheet([old]);
    // as written before: without the three last columns
    sheet.rows = sheet.rows.map((r) => ({ ...r, cells: r.cells.slice(0, -3) }));
    await port.writeSheets([sheet], { veryHidden: [IMPORTS_SHEET] });
    const [again] = await readImports(port);
    expect(again!.agencyId).toBeUndefined();
    const [sua] = await preview(port, ["tc-sua.xlsx"]);
    expect(sua).toMatchObject({ kind: "replaces", earlier: { file: "tc.xlsx" } });
  });

  it("says which file it reads: 1/3 — name", async () => {
    const seen: string[] = [];
    await prepareFiles([incoming("kh.xlsx"), incoming("rong.xlsx"), incoming("tc.xlsx")], state, codecsFor(files), {
      onProgress: (d, t, l) => seen.push(`${d}/${t} — ${l}`),
    });
    // Reports come at a bounded rate (pace.ts): the first and the last always, each naming its file.
    expect(seen[0]).toBe("1/3 — kh.xlsx");
    expect(seen.at(-1)).toBe("3/3 — tc.xlsx");
    const names = ["kh.xlsx", "rong.xlsx", "tc.xlsx"];
    for (const line of seen) expect(line).toBe(`${line[0]}/3 — ${names[+line[0]! - 1]}`);
  });
});
