/**
 * Nothing on submission data may grow faster than n log n. A synthetic province (bench/synthetic.ts:
 * the embedded plan with its district group standing for N communes, real template returns) is
 * run through every step at 1,000 and at 5,000 agencies; each step's CPU time at 5,000 must stay
 * under 6 times its time at 1,000 (linear is 5, n log n about 6.2, quadratic 25).
 * CPU time of this process, the median of three runs for the cheap steps; a warm-up first, so
 * compiling the code is not counted against the small size.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { indexRoster } from "../../../src/core/roster/match";
import { buildMatrix } from "../../../src/core/matrix";
import { checkFiles, type CheckedSubmission } from "../../../src/core/report/pipeline";
import { buildSummaryWithDetails } from "../../../src/core/consolidate/build";
import { fittedMailto } from "../../../src/core/consolidate/mailto";
import type { WorkbookData } from "../../../src/core/grid";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { BASE_RETURNS, filledReturn, renamedGrid, syntheticProvince } from "../../../bench/synthetic";

const SMALL = 1_000;
const LARGE = 5_000;
const LIMIT = 6;

function cpuMs(f: () => unknown): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function median(f: () => unknown, runs: number): number {
  const xs = Array.from({ length: runs }, () => cpuMs(f)).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)]!;
}

let bases: WorkbookData[] = [];

async function steps(n: number, runs: number): Promise<Record<string, number>> {
  const p = syntheticProvince(n);
  const grids = p.communes.map((a, i) =>
    renamedGrid(bases[i % bases.length]!, (i % bases.length) + 1, i + 1, `4587-KH-UBND_2022_${a.id}.xlsx`),
  );
  const ctx = { plan: p.plan, roster: p.index, matrix: p.matrix, asOf: "2022-11-20", period: "2022" };
  const times: Record<string, number> = {};
  times.matrix = median(() => buildMatrix(p.plan, indexRoster(p.roster)), runs);
  let checked: CheckedSubmission[] = [];
  // A fresh roster index and matrix each run, so no cache of an earlier run helps.
  times.check = median(() => {
    const roster = indexRoster(p.roster);
    checked = checkFiles(
      grids.map((wb) => ({ wb, receivedOn: "2022-11-12" })),
      { ...ctx, roster, matrix: buildMatrix(p.plan, roster) },
    );
  }, 1);
  times.consolidate = median(
    () => buildSummaryWithDetails({ ...ctx, matrix: { ...p.matrix }, checked, sources: grids }),
    runs,
  );
  const findings = Array.from({ length: n * 20 }, (_, i) => `Ô G${i + 12}: ngày "31/02/2022" không có thật.`);
  times.mailto = median(
    () =>
      fittedMailto("xa@example.gov.vn", "Nhắc", {
        intro: ["Kính gửi"],
        items: findings,
        outro: [],
        more: (k) => `… ${k}`,
      }),
    5,
  );
  return times;
}

beforeAll(async () => {
  const p = syntheticProvince(BASE_RETURNS);
  for (const [i, a] of p.communes.entries())
    bases.push(await readSubmissionFile(await filledReturn(p, a, i), `4587-KH-UBND_2022_${a.id}.xlsx`));
  await steps(200, 1); // warm-up
}, 300000);

describe("consolidation scales as n log n at most", () => {
  it(`every step at ${LARGE} agencies costs under ${LIMIT}× its cost at ${SMALL}`, async () => {
    const small = await steps(SMALL, 3);
    const large = await steps(LARGE, 3);
    const ratios = Object.fromEntries(Object.keys(small).map((k) => [k, large[k]! / Math.max(1, small[k]!)]));
    console.log(
      Object.keys(small)
        .map((k) => `${k}: ${small[k]!.toFixed(0)} ms → ${large[k]!.toFixed(0)} ms (×${ratios[k]!.toFixed(2)})`)
        .join("\n"),
    );
    for (const [k, r] of Object.entries(ratios))
      expect({ step: k, underLimit: r < LIMIT }).toEqual({ step: k, underLimit: true });
    bases = [];
  }, 300000);
});
