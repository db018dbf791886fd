import { ExcelStandin } from "./excel-standin";

/**
 * Puts a fresh stand-in in place of the `Office` and `Excel` globals for a Node test. The
 * adapter reads those globals at call time, so each test gets its own workbook.
 */
export function installStandin(sheetNames?: string[], apiMinor = 9): ExcelStandin {
  const s = new ExcelStandin(sheetNames);
  s.apiMinor = apiMinor;
  s.install(globalThis as unknown as Record<string, unknown>);
  return s;
}
