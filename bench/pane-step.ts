/**
 * One step of the pane timed inside the page (bench/pane.ts): the click and the wait for the
 * step's result happen in the page, so Playwright's own round trips are not counted. Long tasks
 * (PerformanceObserver "longtask", every task over 50 ms) give the longest main-thread block;
 * Chromium's TaskDuration metric (CDP Performance.getMetrics) the main thread's busy time.
 */
import type { CDPSession, Page } from "playwright-core";

export interface Step {
  key: "preview" | "import" | "check" | "summary" | "reminders";
  label: string;
  /** the button clicked; none: the step starts with the files chosen (a change event), from Node */
  run: string | null;
  /** the step is done when this selector matches and `busy` does not */
  done: string;
  busy?: string;
}

const BUSY = '[data-testid="busy"]';

export const STEPS: Step[] = [
  // choosing the files reads them all (the preview: agency, duplicates, unreadable files)
  {
    key: "preview",
    label: "Đọc tệp",
    run: null,
    done: '[data-testid="import-run"]:not([disabled])',
    busy: '[data-verdict="reading"]',
  },
  // a step card says "done" when its step ran (its result may be folded away), and the busy bar goes
  { key: "import", label: "Nhập", run: "import-run", done: '[data-step="import"][data-state="done"]', busy: BUSY },
  { key: "check", label: "Kiểm tra", run: "check-run", done: '[data-step="check"][data-state="done"]', busy: BUSY },
  {
    key: "summary",
    label: "Tổng hợp",
    run: "summary-run",
    done: '[data-step="summary"][data-state="done"]',
    busy: BUSY,
  },
  {
    key: "reminders",
    label: "Nhắc nhở",
    run: "remind-run",
    done: '[data-step="remind"][data-state="done"]',
    busy: BUSY,
  },
];

export interface StepFigures {
  key: Step["key"];
  label: string;
  failed: string | null;
  wallMs: number;
  /** main-thread busy time less the stand-in's own work (Excel's, in the real host) */
  paneCpuMs: number;
  hostMs: number;
  longestTaskMs: number;
  syncs: number;
  mbOut: number;
  mbIn: number;
}

interface InPage {
  wallMs: number;
  failed: string | null;
  longest: number;
  syncs: number;
  out: number;
  in: number;
  hostMs: number;
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
}

/** A step that does not finish in this time is reported as failed (a changed page, a hang). */
const STEP_TIMEOUT_MS = 180_000;

/**
 * Times one step. `start` is called for a step without a button (choosing files): the page is
 * listening by then, and the clock starts at the change event.
 */
export async function inPageStep(
  page: Page,
  cdp: CDPSession,
  step: Step,
  start?: () => Promise<void>,
): Promise<StepFigures> {
  const before = await taskSeconds(cdp);
  await page.evaluate((run) => {
    type Standin = { resetCounters(): void };
    const w = window as unknown as {
      __standin: Standin;
      __bench: { t0: number | null; tasks: number[]; observer: PerformanceObserver };
    };
    w.__standin.resetCounters();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
    w.__bench = { t0: null, tasks, observer };
    if (run) {
      w.__bench.t0 = performance.now();
      (document.querySelector(`[data-testid="${run}"]`) as HTMLButtonElement).click();
    } else {
      document.addEventListener("change", () => (w.__bench.t0 ??= performance.now()), { capture: true, once: true });
    }
  }, step.run);
  if (start) await start();
  const r = await page.evaluate(
    async ({ done, busy, timeout }): Promise<InPage> => {
      type Standin = { syncCount: number; syncBytes: number[]; responseBytes: number[]; hostMs: number };
      const w = window as unknown as {
        __standin: Standin;
        __bench: { t0: number | null; tasks: number[]; observer: PerformanceObserver };
      };
      const { tasks, observer } = w.__bench;
      const waitStart = performance.now();
      const failed = await new Promise<string | null>((resolve) => {
        const look = () => {
          if (document.querySelector(done) && !(busy && document.querySelector(busy))) return resolve(null);
          const error = document.querySelector('[data-testid="error"]');
          if (error) return resolve(error.textContent ?? "error");
          if (performance.now() - waitStart > timeout) return resolve("timed out");
          setTimeout(look, 5);
        };
        look();
      });
      const wallMs = performance.now() - (w.__bench.t0 ?? waitStart);
      // long-task entries are delivered after the task: give the observer a moment
      await new Promise((r) => setTimeout(r, 200));
      for (const e of observer.takeRecords()) tasks.push(e.duration);
      observer.disconnect();
      const standin = w.__standin;
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      return {
        wallMs,
        failed,
        longest: Math.max(0, ...tasks),
        syncs: standin.syncCount,
        out: sum(standin.syncBytes),
        in: sum(standin.responseBytes),
        hostMs: standin.hostMs,
      };
    },
    { done: step.done, busy: step.busy ?? null, timeout: STEP_TIMEOUT_MS },
  );
  // the 200 ms wait for long-task entries is idle time: it adds nothing to TaskDuration
  const busyMs = ((await taskSeconds(cdp)) - before) * 1000;
  return {
    key: step.key,
    label: step.label,
    failed: r.failed,
    wallMs: r.wallMs,
    paneCpuMs: Math.max(0, busyMs - r.hostMs),
    hostMs: r.hostMs,
    longestTaskMs: r.longest,
    syncs: r.syncs,
    mbOut: r.out / (1024 * 1024),
    mbIn: r.in / (1024 * 1024),
  };
}
