import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { loadImportedWorkbooks } from "../../src/app/imported";
import { checkFiles } from "../../src/core/report/pipeline";
import { META_SHEET } from "../../src/core/template/layout";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

describe("loadImportedWorkbooks", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "b.xlsx" },
    ]);
  });

  it("hands the checks the report copy and the metadata recorded at import, with no made-up hidden sheet", async () => {
    const { port } = workbook();
    await importFiles(port, state, [incoming("b.xlsx")], codecsFor(files), NOW);
    const { inputs } = await loadImportedWorkbooks(port);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.wb.sheets.map((s) => s.name)).not.toContain(META_SHEET);
    expect(inputs[0]!.meta?.agencyId).toBe("STC");
    const [checked] = checkFiles(inputs, {
      plan: state.plan,
      roster: state.rosterIndex,
      matrix: state.matrix,
      asOf: AS_OF,
      period: PERIOD,
    });
    // The agency is known from the template's metadata, as when the file itself is checked.
    expect(checked!.submission?.identifiedBy).toBe("metadata");
    expect(checked!.submission?.agencyId).toBe("STC");
  });
});
