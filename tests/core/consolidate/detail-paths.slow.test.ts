/**
 * One `Chi tiết theo đơn vị` whichever way it is made: the command line (consolidate → the
 * lean writer → a file) and the pane (import, check, Tổng hợp through the Office adapter on the
 * Excel stand-in) give the same rows from the demo's returns, and both make it a table.
 */
import { describe, expect, it } from "@jest/globals";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemoIn } from "../../../src/cli/commands/demo";
import { consolidateFiles } from "../../../src/cli/commands/consolidate";
import { DEMO_AS_OF, DEMO_PERIOD } from "../../../src/demo/scenario";
import { writeWorkbook } from "../../../src/xlsx/write-sheets";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { createExcelPort } from "../../../src/office/excel-port";
import { installStandin } from "../../office-standin/install";
import { nodeCodecs } from "../../office-standin/fixtures";
import { trimmed, walk, NOW } from "../../filehost/walk";
import { matrix, plan, roster } from "../../helpers/consolidate-builders";

const SHEET = "Chi tiết theo đơn vị";

describe("the detail sheet on both paths", () => {
  it("has the same rows from the CLI and from the pane, and is a table on both", async () => {
    const work = mkdtempSync(join(tmpdir(), "kehoach-paths-"));
    const demo = await runDemoIn(work, DEMO_AS_OF, { out: () => {}, err: () => {}, cwd: work });

    const summary = await consolidateFiles(demo.files, {
      plan,
      roster,
      matrix,
      period: DEMO_PERIOD,
      asOf: DEMO_AS_OF,
      importedAt: NOW.toISOString().replace("T", " ").slice(0, 19),
    });
    const cliSheet = summary.sheets.find((s) => s.name === SHEET)!;
    const written = await readSubmissionFile(await writeWorkbook(summary.sheets), "cli.xlsx");
    const viaCli = trimmed(written.sheets.find((s) => s.name === SHEET)!);

    const excel = installStandin(["Sheet1"]);
    const port = createExcelPort();
    await walk(
      port,
      demo.files.map((f) => ({ name: f.fileName, bytes: f.bytes, receivedOn: f.receivedOn! })),
      nodeCodecs,
    );
    const [paneSheet] = await port.readSheets([SHEET]);
    // the pane names a file with its import sheet, "x.xlsx [NB06 …]" (app/import-log importKey)
    const fileCol = cliSheet.columns.findIndex((c) => c.key === "file");
    const viaPane = trimmed(paneSheet!).map((row, i) =>
      i < 4 ? row : row.map((v, c) => (c === fileCol && typeof v === "string" ? v.replace(/ \[NB[^\]]*\]$/, "") : v)),
    );

    expect(viaPane.length).toBeGreaterThan(100);
    // the title rows and the header, then every agency × task row, cell for cell
    expect(viaPane).toEqual(viaCli);
    expect(excel.findSheet(SHEET)!.tables.map((t) => [t.name, t.range])).toEqual([
      [cliSheet.table!.name, cliSheet.table!.range],
    ]);
    // the source cell links into the pane's import sheets (NB…), the CLI's into its copies
    const links = Object.values(excel.snapshot().find((s) => s.name === SHEET)!.hyperlinks);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !/^#'NB[ \d]([^']|'')*'![A-Z]+\d+$/.test(l))).toEqual([]);
  }, 240_000);
});
