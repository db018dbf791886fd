/**
 * Pacing a long loop in the pane: Office restarts an add-in whose page blocks for 5 s, and the
 * Cancel button must stay clickable, so the loop gives the page back every few tens of
 * milliseconds. Progress is reported at a bounded rate: each report re-renders the pane, which
 * can cost as much as the work itself once long result lists are on screen, so reporting after
 * every file of 200 spent most of a step rendering the same bar.
 */
import type { ProgressFn } from "../core/ports/workbook";

/** Work done between two returns to the page, in ms: far under the 5 s rule, and keeps input responsive. */
export const SLICE_MS = 50;
/** Least time between two progress reports, in ms. */
export const PROGRESS_MS = 200;

const clock = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Lets the page run the tasks already waiting (a render React scheduled, a click on Cancel), then
 * goes on. A message to itself rather than a timer: nested timers are clamped to 4 ms each, and
 * rather than `scheduler.yield()`, whose continuation runs before a render queued as a task.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === "undefined" || typeof window === "undefined")
    return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface Pace {
  /** Call after each item: reports progress when due, and yields when the time slice is used up. */
  step(done: number, total: number, label?: string): Promise<void>;
}

export interface PaceOptions {
  sliceMs?: number;
  progressMs?: number;
  /** the clock and the yield, for tests */
  now?: () => number;
  yieldFn?: () => Promise<void>;
}

export function pace(onProgress: ProgressFn | undefined, options: PaceOptions = {}): Pace {
  const { sliceMs = SLICE_MS, progressMs = PROGRESS_MS, now = clock, yieldFn = yieldToPage } = options;
  let sliceStart = now();
  let lastReport = -Infinity;
  /** how long the page took after the last report (its re-render): reports stay a small share of the time */
  let reportCost = 0;
  return {
    async step(done, total, label) {
      const t = now();
      const report = !!onProgress && (done === total || t - lastReport >= Math.max(progressMs, 4 * reportCost));
      if (report) {
        onProgress(done, total, label);
        lastReport = t;
      }
      // after a report, always: the page shows it while the work goes on
      if (report || t - sliceStart >= sliceMs) {
        const before = now();
        await yieldFn();
        sliceStart = now();
        if (report) reportCost = sliceStart - before;
      }
    },
  };
}
