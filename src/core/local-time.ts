/**
 * Times the product writes for people to read (the import log, `Nhật ký`), in Vietnam's time:
 * UTC+7 all year (Vietnam has no daylight saving). Not the machine's zone: the workbook travels
 * between machines, Excel on the web may run in a browser set to another zone, and the import day
 * can stand in for the day a report was received, which deadlines judge in Vietnam's calendar.
 * The command line (src/node/clock.ts) writes the same form, so both agree.
 */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Date and time in Vietnam, "yyyy-mm-dd hh:mm:ss". */
export function vietnamDateTime(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** An ISO instant with its zone ("2022-11-20T08:00:00.000Z", "…+07:00"). */
const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A time as stored by any version: an instant with a zone (logs written before times were local
 * held raw UTC) is shown in Vietnam's time; anything else is already local and is kept.
 */
export function localTimeOf(stored: string): string {
  if (!ZONED_ISO.test(stored)) return stored;
  const t = Date.parse(stored);
  return Number.isNaN(t) ? stored : vietnamDateTime(new Date(t));
}
