import type { Frequency } from "./model";
import { t } from "../i18n";

const FREQUENCIES: readonly Frequency[] = [
  "once",
  "ongoing",
  "annual",
  "semiannual",
  "quarterly",
  "monthly",
  "per-regulation",
];

/**
 * The Vietnamese name of each frequency as the sheets show it (the one table is in the
 * translations, plan.frequency.*): written into the task table and read back from it.
 */
export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = Object.fromEntries(
  FREQUENCIES.map((f) => [f, t("vi", `plan.frequency.${f}`)]),
) as Record<Frequency, string>;
