import type { Locale } from "../core/i18n";
import type { ProgressFn, WorkbookPort } from "../core/ports/workbook";
import type { PlanState } from "../app/plan-state";
import type { StepId, StepResult } from "../app/step-state";
import type { Translate } from "./messages";

/** What every step needs: the workbook, the language, the shared settings, and the busy runner. */
export interface PaneContext {
  port: WorkbookPort;
  tr: Translate;
  locale: Locale;
  plan: PlanState | null;
  setPlan: (p: PlanState) => void;
  period: string;
  asOf: string;
  /** submissions already imported into this workbook (read when the pane opens) */
  importedBefore: number;
  /** runs a long step with progress, Cancel and error reporting; resolves undefined when it failed */
  run<T>(what: string, fn: (signal: AbortSignal, progress: ProgressFn) => Promise<T>): Promise<T | undefined>;
  busy: boolean;
  /**
   * Keeps in the workbook that a step ran, on this plan and these settings, with this result, so
   * the pane (now or after reopening) can say when it ran and whether it must run again. A
   * refusal to write is not the step's failure: its result stands, only the record is missing.
   */
  recordStep?(
    step: StepId,
    plan: PlanState,
    result: StepResult,
    settings: { asOf: string; period: string },
  ): Promise<void>;
  /** says a result to a screen reader (the pane's polite live region) */
  announce?(text: string): void;
  /** a neutral word to the user (not an error); `period` also moves the focus to the period field */
  notify?(text: string, focus?: "period"): void;
}
