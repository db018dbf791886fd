/**
 * The command line's cache of plans already read. Reading a plan is the same work on every run
 * of `check`, `consolidate` or `templates` against it: a PDF through pdf.js is about 0.5 s of CPU
 * a run, a Word file 0.1 s, a text plan 0.03 s, while the result is a small JSON document. The
 * cache keeps that result under a key made of everything the reading depends on (this build of
 * kehoach with the versions of its libraries, the Node version, the plan's bytes and name, the
 * roster), so a plan that changed by one byte, another roster, a new kehoach or a new pdf.js is
 * read afresh: an entry is never stale, only unused.
 *
 * Where: $KEHOACH_CACHE_DIR, else $XDG_CACHE_HOME/kehoach, else ~/.cache/kehoach (on Windows
 * %LOCALAPPDATA%\kehoach\cache). KEHOACH_CACHE=off turns it off. It only saves time: a folder
 * that cannot be made or written, or that other users can write into, and an entry cut short,
 * edited or from another format are passed over silently and the plan is read as if there were
 * no cache (KEHOACH_DEBUG_PLAN_CACHE=1 tells which way it went, on stderr). Entries are written
 * whole under a temporary name and renamed; the least recently used beyond MAX_ENTRIES are
 * removed, so the folder stays a few MB.
 *
 * Only the bundled CLI (scripts/build-cli.mjs) has a build identity; run from the sources
 * (tsx, jest) there is none and so no cache unless a test opens one with its own identity.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

declare const __KEHOACH_BUILD__: string | undefined;

/** The bundle's identity, replaced at build time by a hash of the bundle and its libraries' versions (scripts/build-cli.mjs). */
export const BUILD_ID: string | null = typeof __KEHOACH_BUILD__ === "string" ? __KEHOACH_BUILD__ : null;

const FORMAT = "kehoach-plan-cache 1";
/** Entries kept: a focal point works on a handful of plans, each with a roster or two. */
export const MAX_ENTRIES = 48;
/** A result bigger than this is not kept (a plan is tens of KB; this is room, not a target). */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

export interface PlanCache {
  /** the value stored under the key, or null (absent, unreadable, damaged) */
  get(key: string): unknown;
  /** stores the value; never throws */
  put(key: string, value: unknown): void;
  /** hex key of the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ */
  key(...parts: (string | Uint8Array)[]): string;
}

type Env = Record<string, string | undefined>;

/** The folder the cache lives in, or null when the environment names none. */
export function cacheDir(env: Env = process.env, platform = process.platform): string | null {
  if (env.KEHOACH_CACHE_DIR) return env.KEHOACH_CACHE_DIR;
  if (platform === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "kehoach", "cache");
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "kehoach");
  let home = env.HOME;
  if (!home) {
    try {
      home = homedir();
    } catch {
      return null;
    }
  }
  return home ? join(home, ".cache", "kehoach") : null;
}

/** The cache for this run, or null when it is turned off or there is nowhere to keep it. */
export function openPlanCache(
  env: Env = process.env,
  buildId: string | null = BUILD_ID,
  report: (state: string) => void = (s) =>
    env.KEHOACH_DEBUG_PLAN_CACHE && process.stderr.write(`kehoach plan cache: ${s}\n`),
): PlanCache | null {
  const off = (env.KEHOACH_CACHE ?? "").toLowerCase();
  if (!buildId || off === "off" || off === "0" || off === "false") return null;
  const dir = cacheDir(env);
  if (!dir) return null;
  const fileOf = (key: string) => join(dir, `plan-${key}.json`);
  return {
    key: (...parts) => {
      const hash = createHash("sha256").update(FORMAT).update(buildId).update(process.version);
      for (const p of parts) hash.update(`\n${typeof p === "string" ? `s${p.length}` : `b${p.length}`}\n`).update(p);
      return hash.digest("hex");
    },
    get: (key) => {
      if (!ownFolder(dir)) {
        report("folder not private");
        return null;
      }
      const value = readEntry(fileOf(key));
      report(value === null ? "miss" : "hit");
      if (value !== null) touch(fileOf(key));
      return value;
    },
    put: (key, value) => {
      report(ownFolder(dir) && writeEntry(dir, fileOf(key), value) ? "stored" : "not stored");
    },
  };
}

/**
 * Whether the folder is this user's alone (or not made yet: it is made private). What is read
 * from the cache decides what the checks say, so a folder others can write into (a shared
 * KEHOACH_CACHE_DIR under /tmp) is not used: someone could put a plan of their own there.
 */
function ownFolder(dir: string): boolean {
  let info;
  try {
    info = statSync(dir);
  } catch {
    return true;
  }
  if (!info.isDirectory()) return false;
  if (process.platform === "win32" || typeof process.getuid !== "function") return true;
  return info.uid === process.getuid() && (info.mode & 0o022) === 0;
}

/** Marks an entry as used, so that pruning removes the least recently used ones. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // read-only cache folder: the entry is still good
  }
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The entry's value when its header names this format and the digest of what follows. */
function readEntry(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  const eol = text.indexOf("\n");
  const body = text.slice(eol + 1);
  if (eol < 0 || text.slice(0, eol) !== `${FORMAT} ${digest(body)}`) return null;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

function writeEntry(dir: string, file: string, value: unknown): boolean {
  const body = JSON.stringify(value);
  if (body === undefined || body.length > MAX_ENTRY_BYTES) return false;
  const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, `${FORMAT} ${digest(body)}\n${body}`, { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never made
    }
    return false;
  }
  prune(dir);
  return true;
}

/** Removes the oldest entries beyond MAX_ENTRIES, and temporary files left by a run that was killed. */
function prune(dir: string): void {
  try {
    const names = readdirSync(dir).filter((n) => n.startsWith("plan-"));
    const now = Date.now();
    const entries: { path: string; at: number }[] = [];
    for (const name of names) {
      const path = join(dir, name);
      try {
        const at = statSync(path).mtimeMs;
        // another run's temporary file is seconds old; an hour-old one was left behind
        if (name.endsWith(".tmp")) {
          if (now - at > 3_600_000) unlinkSync(path);
        } else entries.push({ path, at });
      } catch {
        // gone meanwhile (another run pruned it)
      }
    }
    if (entries.length <= MAX_ENTRIES) return;
    entries.sort((a, b) => a.at - b.at);
    for (const e of entries.slice(0, entries.length - MAX_ENTRIES)) {
      try {
        unlinkSync(e.path);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // the folder cannot be listed: nothing to prune
  }
}
