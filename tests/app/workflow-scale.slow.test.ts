import { describe, expect, it } from "@jest/globals";
import { installStandin } from "../office-standin/install";
import { filledTemplate, nodeCodecs } from "../office-standin/fixtures";
import { createExcelPort } from "../../src/office/excel-port";
import { REQUEST_BUDGET } from "../../src/office/batch";
import { PAYLOAD_LIMIT } from "../office-standin/excel-standin";
import { planStateFrom } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { loadImportedWorkbooks } from "../../src/app/imported";
import { buildSummaryStep } from "../../src/app/summary";
import type { FileCodecs } from "../../src/core/ports/codecs";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import type { Agency, Roster } from "../../src/core/roster/model";
import type { WorkbookData } from "../../src/core/grid";
import { META_SHEET } from "../../src/core/template/layout";
import { checkFiles } from "../../src/core/report/pipeline";
import { buildSummaryWithDetails } from "../../src/core/consolidate/build";

const PERIOD = "2022";
const AS_OF = "2022-11-20";
const NOW = new Date(Date.UTC(2022, 10, 20, 8, 0, 0));

/** The Kon Tum roster with `n` synthetic districts in the group "UBND các huyện, thành phố". */
function rosterWithDistricts(n: number): Roster {
  const synthetic: Agency[] = Array.from({ length: n }, (_, i) => ({
    id: `HX${i + 1}`,
    name: `Ủy ban nhân dân huyện Thử ${i + 1}`,
    short: `UBND huyện Thử ${i + 1}`,
    aliases: [],
    kind: "district",
    email: `huyen${i + 1}@kontum.gov.vn`,
    reports: true,
  }));
  const keep = KONTUM_ROSTER.agencies.filter((a) => a.kind !== "district");
  return {
    ...KONTUM_ROSTER,
    agencies: [...keep, ...synthetic],
    groups: KONTUM_ROSTER.groups.map((g) => (g.id === "G-HUYEN" ? { ...g, members: synthetic.map((a) => a.id) } : g)),
  };
}

/** At scale: the number of Excel requests grows with bytes, never with the number of agencies. */
describe("the pane's steps with many agencies", () => {
  const FEW = 5;
  const MANY = 150;
  it("writing Tổng hợp takes the same syncs for 5 and 150 districts; reading and importing grow only with bytes", async () => {
    // One real filled district template, read once, then given to every synthetic district:
    // reading real files would only measure ExcelJS, not the adapter. 150 districts are 30 times
    // the few: a sync per agency would show as +145, far past the bounds below.
    const base = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
    const real = await filledTemplate(base, "HDAKHA", PERIOD, { reportDate: "2022-11-10", status: "done" });
    const template = await nodeCodecs.readSubmission(real.bytes, real.fileName);

    const syncs: {
      n: number;
      import: number;
      importBytes: number;
      step: number;
      stepBytes: number;
      write: number;
      sheets: number;
    }[] = [];
    for (const n of [FEW, MANY]) {
      const state = planStateFrom(KONTUM_4587_TEXT, rosterWithDistricts(n));
      const byName = new Map<string, WorkbookData>();
      const files = Array.from({ length: n }, (_, i) => {
        const id = `HX${i + 1}`;
        const name = `bao-cao-${id}.xlsx`;
        byName.set(name, {
          fileName: name,
          sheets: template.sheets.map((s) =>
            s.name === META_SHEET ? { ...s, rows: s.rows.map((r) => (r[0] === "agencyId" ? [r[0], id] : r)) } : s,
          ),
        });
        return { name, bytes: new TextEncoder().encode(name), receivedOn: "2022-11-10" };
      });
      const codecs: FileCodecs = { ...nodeCodecs, readSubmission: async (_b, name) => byName.get(name)! };

      const excel = installStandin();
      const port = createExcelPort();
      excel.resetCounters();
      const imported = await importFiles(port, state, files, codecs, NOW);
      expect(imported.imported).toHaveLength(n);
      const importSyncs = excel.syncCount;
      const importBytes = excel.syncBytes.reduce((a, b) => a + b, 0);
      expect(Math.max(...excel.syncBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT);

      // The whole step: read every imported submission back, check, write the summary.
      excel.resetCounters();
      const summary = await buildSummaryStep(port, state, AS_OF, PERIOD);
      expect(summary.submitted).toBe(n);
      const stepBytes = [...excel.syncBytes, ...excel.responseBytes].reduce((a, b) => a + b, 0);
      const step = excel.syncCount;

      // The Tổng hợp sheets alone, written into a fresh workbook.
      const { inputs, records } = await loadImportedWorkbooks(port);
      const checked = checkFiles(inputs, {
        plan: state.plan,
        roster: state.rosterIndex,
        matrix: state.matrix,
        asOf: AS_OF,
        period: PERIOD,
      });
      const sheets = buildSummaryWithDetails({
        plan: state.plan,
        roster: state.rosterIndex,
        matrix: state.matrix,
        checked,
        asOf: AS_OF,
        period: PERIOD,
        receivedOn: Object.fromEntries(records.map((r) => [r.file, r.receivedOn])),
      }).sheets;
      const fresh = installStandin();
      const freshPort = createExcelPort();
      fresh.resetCounters();
      await freshPort.writeSheets(sheets);
      syncs.push({
        n,
        import: importSyncs,
        importBytes,
        step,
        stepBytes,
        write: fresh.syncCount,
        sheets: excel.sheets.length,
      });
    }
    const [few, many] = syncs as [(typeof syncs)[0], (typeof syncs)[0]];
    expect(many.sheets).toBe(few.sheets + MANY - FEW); // one import sheet per submission
    // Writing Tổng hợp: the same syncs for few and for many agencies.
    expect(many.write).toBe(few.write);
    expect(few.write).toBe(3);
    // Reading many submissions back and copying many files in are large: Excel on the web takes
    // at most 5 MB a request and an answer, so these need one more sync per REQUEST_BUDGET bytes,
    // never one per agency.
    expect(many.step).toBeLessThanOrEqual(few.step + Math.ceil(many.stepBytes / REQUEST_BUDGET));
    expect(many.import).toBeLessThanOrEqual(few.import + Math.ceil(many.importBytes / REQUEST_BUDGET));
    expect(many.step - few.step).toBeLessThan(6);
    console.log(`syncs per step (${FEW} vs ${MANY} districts):`, JSON.stringify(syncs));
  });
});
