/**
 * One step of the pane timed inside the page (bench/pane.ts): the click and the wait for the
 * step's result happen in the page, so Playwright's own round trips are not counted. Long tasks
 * (PerformanceObserver "longtask", every task over 50 ms) give the longest main-thread block;
 * Chromium's TaskDuration metric (CDP Performance.getMetrics) the main thread's busy time.
 */
import type { CDPSession, Page } from "playwright-core";

export interface Step {
  key: "import" | "check" | "summary" | "reminders";
  label: string;
  run: string;
  result: string;
}

export const STEPS: Step[] = [
  { key: "import", label: "Nhập", run: "import-run", result: "import-result" },
  { key: "check", label: "Kiểm tra", run: "check-run", result: "check-result" },
  { key: "summary", label: "Tổng hợp", run: "summary-run", result: "summary-result" },
  { key: "reminders", label: "Nhắc nhở", run: "remind-run", result: "remind-result" },
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

export async function inPageStep(page: Page, cdp: CDPSession, step: Step): Promise<StepFigures> {
  const before = await taskSeconds(cdp);
  const r = await page.evaluate(async ({ run, result }): Promise<InPage> => {
    type Standin = {
      resetCounters(): void;
      syncCount: number;
      syncBytes: number[];
      responseBytes: number[];
      hostMs: number;
    };
    const standin = (window as unknown as { __standin: Standin }).__standin;
    standin.resetCounters();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
    const t0 = performance.now();
    (document.querySelector(`[data-testid="${run}"]`) as HTMLButtonElement).click();
    const failed = await new Promise<string | null>((resolve) => {
      const look = () => {
        if (document.querySelector(`[data-testid="${result}"]`)) return resolve(null);
        const error = document.querySelector('[data-testid="error"]');
        if (error) return resolve(error.textContent ?? "error");
        setTimeout(look, 5);
      };
      look();
    });
    const wallMs = performance.now() - t0;
    // long-task entries are delivered after the task: give the observer a moment
    await new Promise((r) => setTimeout(r, 200));
    for (const e of observer.takeRecords()) tasks.push(e.duration);
    observer.disconnect();
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
  }, step);
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
