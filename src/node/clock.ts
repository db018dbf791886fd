/**
 * The one place the CLI reads the clock, in Vietnam's time (UTC+7, no daylight saving): a
 * file checked at 01:00 on 15/11 in Kon Tum is checked "on 15/11", whatever the machine's zone.
 * The form is the pane's too (src/core/local-time.ts).
 */
import { vietnamDateTime } from "../core/local-time";

/** Date and time in Vietnam, "yyyy-mm-dd hh:mm:ss". */
export function nowInVietnam(now: Date = new Date()): string {
  return vietnamDateTime(now);
}

/** Today's date in Vietnam, "yyyy-mm-dd": the default as-of date of check and consolidate. */
export function todayInVietnam(now: Date = new Date()): string {
  return nowInVietnam(now).slice(0, 10);
}
