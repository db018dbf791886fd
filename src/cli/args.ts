/**
 * Command-line glue shared by check and consolidate, so the two commands read the same
 * arguments the same way: option parsing with one bilingual error shape, file labels, the
 * `--received FILE=DATE` option, `--max-file-mb` and the default period.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { basename, relative, resolve } from "node:path";
import { UserError } from "../core/errors";
import { isIsoDate } from "../core/dates";
import { optionError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, its errors turned into the project's messages (no Node wording). */
export function parseCommandArgs<O extends Options>(args: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args, allowPositionals, options, strict: true });
  } catch (e) {
    throw optionError(e) ?? new UserError("cli.badOption", { option: args.join(" ").slice(0, 200) });
  }
}

/**
 * The name each input file is known by in messages, the summary and its import log: the base
 * name when no other input has the same one, else the path relative to `cwd` (a corrected
 * file often comes back as the same BaoCao.xlsx in another folder). Labels are unique: should
 * two relative paths still collide (the same file given twice), a counter is added.
 */
export function fileLabels(paths: readonly string[], cwd: string): string[] {
  const baseCount = new Map<string, number>();
  for (const p of paths) baseCount.set(basename(p).toLowerCase(), (baseCount.get(basename(p).toLowerCase()) ?? 0) + 1);
  const used = new Set<string>();
  return paths.map((p) => {
    let label =
      baseCount.get(basename(p).toLowerCase()) === 1 ? basename(p) : relative(cwd, resolve(cwd, p)) || basename(p);
    if (used.has(label.toLowerCase())) {
      let n = 2;
      while (used.has(`${label} (${n})`.toLowerCase())) n++;
      label = `${label} (${n})`;
    }
    used.add(label.toLowerCase());
    return label;
  });
}

/**
 * `--received FILE=YYYY-MM-DD` values → received date by input index. FILE may be the path as
 * typed, any path to the same file, or its base name when only one input has that name.
 */
export function parseReceived(values: readonly string[], paths: readonly string[], cwd: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const v of values) {
    const eq = v.lastIndexOf("=");
    const file = eq > 0 ? v.slice(0, eq) : "";
    const date = eq > 0 ? v.slice(eq + 1) : "";
    if (!file || !isIsoDate(date)) throw new UserError("check.cli.bad-received", { value: v });
    const full = resolve(cwd, file);
    let hits = paths.flatMap((p, i) => (p === file || resolve(cwd, p) === full ? [i] : []));
    if (hits.length === 0) hits = paths.flatMap((p, i) => (basename(p) === file ? [i] : []));
    if (hits.length === 0) throw new UserError("check.cli.received-unused", { file });
    const distinct = new Set(hits.map((i) => resolve(cwd, paths[i]!)));
    if (distinct.size > 1)
      throw new UserError("summary.cli.receivedAmbiguous", { file, paths: hits.map((i) => paths[i]).join(", ") });
    for (const i of hits) out.set(i, date);
  }
  return out;
}

export const DEFAULT_MAX_FILE_MB = 10;

/** `--max-file-mb N`: the largest returned file read, in MB (default 10). */
export function parseMaxFileMb(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_MB * 1024 * 1024;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1024)
    throw new UserError("check.cli.bad-option", { option: `--max-file-mb ${value}` });
  return Math.round(n * 1024 * 1024);
}

/**
 * The period to consolidate when none is given: the one most submissions declare (ties: the
 * latest), else the as-of year. Not the as-of year blindly: in January 2023 the files being
 * gathered are still 2022's.
 */
export function defaultPeriod(declared: readonly (string | null)[], asOf: string): string {
  const counts = new Map<string, number>();
  for (const p of declared) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [p, n] of counts) {
    const bn = best === null ? -1 : counts.get(best)!;
    if (n > bn || (n === bn && p > best!)) best = p;
  }
  return best ?? asOf.slice(0, 4);
}
