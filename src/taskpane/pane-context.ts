import type { Locale } from "../core/i18n";
import type { ProgressFn, WorkbookPort } from "../core/ports/workbook";
import type { PlanState } from "../app/plan-state";
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
}
