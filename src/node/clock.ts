/**
 * The one place the CLI reads the clock, in Vietnam's time (UTC+7, no daylight saving): a
 * file checked at 01:00 on 15/11 in Kon Tum is checked "on 15/11", whatever the machine's zone.
 */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Date and time in Vietnam, "yyyy-mm-dd hh:mm:ss". */
export function nowInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** Today's date in Vietnam, "yyyy-mm-dd": the default as-of date of check and consolidate. */
export function todayInVietnam(now: Date = new Date()): string {
  return nowInVietnam(now).slice(0, 10);
}
