import type { Frequency } from "./model";

/** Vietnamese names of frequencies, for sheets and messages. */
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  once: "Một lần (có hạn)",
  ongoing: "Thường xuyên",
  annual: "Hằng năm",
  semiannual: "6 tháng",
  quarterly: "Hằng quý",
  monthly: "Hằng tháng",
  "per-regulation": "Theo quy định",
};
