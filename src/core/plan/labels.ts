import type { Frequency } from "./model";
import { t } from "../i18n";

export const FREQUENCIES: readonly Frequency[] = [
  "once",
  "ongoing",
  "annual",
  "semiannual",
  "quarterly",
  "monthly",
  "per-regulation",
];

/**
 * The Vietnamese name of a frequency as the sheets show it (the one table is in the
 * translations, plan.frequency.*): written into the task table and read back from it. Looked
 * up at each call, not once at load, so the pseudo-locale test sees where it comes from.
 */
export const frequencyLabel = (f: Frequency): string => t("vi", `plan.frequency.${f}`);
