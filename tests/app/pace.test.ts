import { describe, expect, it } from "@jest/globals";
import { pace, yieldToPage } from "../../src/app/pace";

/** A loop of `n` items costing `itemMs` each on a clock the test moves; `renderMs` is what a yield after a report costs. */
async function run(n: number, itemMs: number, renderMs = 0) {
  let t = 0;
  const reports: number[] = [];
  let yields = 0;
  let reported = false;
  const p = pace((done) => ((reported = true), reports.push(done)), {
    now: () => t,
    yieldFn: async () => {
      yields++;
      if (reported) t += renderMs;
      reported = false;
    },
  });
  let longest = 0;
  let since = 0;
  for (let i = 1; i <= n; i++) {
    t += itemMs;
    since += itemMs;
    longest = Math.max(longest, since);
    const before = yields;
    await p.step(i, n);
    if (yields > before) since = 0;
  }
  return { reports, yields, longest };
}

describe("pace: a long loop gives the page back often and reports progress at a bounded rate", () => {
  it("reports the first and the last item, and not after every item", async () => {
    const { reports } = await run(1000, 2);
    expect(reports[0]).toBe(1);
    expect(reports[reports.length - 1]).toBe(1000);
    // 2 s of work, a report at most every 200 ms
    expect(reports.length).toBeLessThanOrEqual(12);
    expect(reports.length).toBeGreaterThanOrEqual(9);
  });

  it("never works longer than a slice (plus one item) without yielding", async () => {
    const { longest, yields } = await run(1000, 7);
    expect(longest).toBeLessThanOrEqual(50 + 7);
    expect(yields).toBeGreaterThanOrEqual(Math.floor((1000 * 7) / 57));
  });

  it("reports less often when each report costs the page a long render", async () => {
    const cheap = await run(1000, 2, 1);
    const costly = await run(1000, 2, 150);
    expect(costly.reports.length).toBeLessThan(cheap.reports.length);
    // 2 s of work and a 150 ms render per report: rendering stays well under a third of the time
    // (after every item, it would be 150 s of rendering for 2 s of work)
    const rendering = costly.reports.length * 150;
    expect(rendering / (2000 + rendering)).toBeLessThan(1 / 3);
  });

  it("yields without a page (Node): a timer", async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await yieldToPage();
    expect(ran).toBe(true);
  });
});
