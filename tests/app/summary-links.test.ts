import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { readImports } from "../../src/app/import-log";
import { analyseImports, summarySheets } from "../../src/app/analysis";
import type { OutValue } from "../../src/core/sheet-model";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

const links = (cells: readonly OutValue[]) =>
  cells.filter((c): c is { link: string; text: string } => typeof c === "object" && c !== null && "link" in c);

/** The builder links into the pane's import sheets (NB01 …) as it places each column. */
describe("summary links in the pane", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      // status left empty: a finding with a cell on the report sheet
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "skip" }, name: "a.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "b.xlsx" },
    ]);
  });

  it("links each file of Tình hình nộp báo cáo to the A1 of its own NB sheet", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("a.xlsx"), incoming("b.xlsx")], codecsFor(files), NOW);
    const records = await readImports(port);
    const a = await analyseImports(port, state, AS_OF, PERIOD, {});
    const [subs] = summarySheets(a, ["summary.sheet.submissions"]);
    const targets = subs!.rows.flatMap((r) => links(r.cells)).map((l) => l.link);
    expect(targets.sort()).toEqual(records.map((r) => `#'${r.sheet}'!A1`).sort());
  });

  it("links a finding's cell to the same cell of the file's NB sheet", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("a.xlsx")], codecsFor(files), NOW);
    const [rec] = await readImports(port);
    const a = await analyseImports(port, state, AS_OF, PERIOD, {});
    const [issues] = summarySheets(a, ["summary.sheet.issues"]);
    const found = issues!.rows.flatMap((r) => links(r.cells));
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) expect(l.link).toBe(`#'${rec!.sheet}'!${l.text}`);
  });
});
