import { describe, expect, it } from "@jest/globals";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cacheDir, MAX_ENTRIES, openPlanCache } from "../../src/node/plan-cache";

const BUILD = "test-build";

function fresh(): {
  dir: string;
  states: string[];
  open: (build?: string) => NonNullable<ReturnType<typeof openPlanCache>>;
} {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-plan-cache-"));
  const states: string[] = [];
  const open = (build = BUILD) => {
    const cache = openPlanCache({ KEHOACH_CACHE_DIR: dir }, build, (s) => states.push(s));
    if (!cache) throw new Error("no cache");
    return cache;
  };
  return { dir, states, open };
}

function entries(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith(".json"));
}

describe("where the plan cache lives", () => {
  it("KEHOACH_CACHE_DIR, else LOCALAPPDATA on Windows, else XDG_CACHE_HOME, else ~/.cache", () => {
    expect(cacheDir({ KEHOACH_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x", HOME: "/h" }, "linux")).toBe("/c");
    expect(cacheDir({ XDG_CACHE_HOME: "/x", HOME: "/h" }, "linux")).toBe(join("/x", "kehoach"));
    expect(cacheDir({ HOME: "/h" }, "linux")).toBe(join("/h", ".cache", "kehoach"));
    expect(cacheDir({ LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local", HOME: "/h" }, "win32")).toBe(
      join("C:\\Users\\a\\AppData\\Local", "kehoach", "cache"),
    );
  });

  it("is off without a build identity (run from the sources) and with KEHOACH_CACHE=off", () => {
    expect(openPlanCache({ KEHOACH_CACHE_DIR: "/tmp/x" }, null)).toBeNull();
    for (const off of ["off", "OFF", "0", "false"])
      expect(openPlanCache({ KEHOACH_CACHE_DIR: "/tmp/x", KEHOACH_CACHE: off }, BUILD)).toBeNull();
    expect(openPlanCache({ KEHOACH_CACHE_DIR: "/tmp/x", KEHOACH_CACHE: "on" }, BUILD)).not.toBeNull();
  });
});

describe("plan cache entries", () => {
  it("gives back what was stored, and nothing under another key", () => {
    const { open, states } = fresh();
    const cache = open();
    const key = cache.key("file", "kh.txt", new Uint8Array([1, 2, 3]), "");
    const value = { plan: { tasks: [{ code: "1.1", title: "Rà soát hộ nghèo", lead: ["Sở LĐTBXH"] }] }, n: 1.5 };
    expect(cache.get(key)).toBeNull();
    cache.put(key, value);
    expect(cache.get(key)).toEqual(value);
    expect(cache.get(cache.key("file", "kh.txt", new Uint8Array([1, 2, 4]), ""))).toBeNull();
    expect(states).toEqual(["miss", "stored", "hit", "miss"]);
  });

  it("keys differ with every part, where parts are cut, their kind, and the build", () => {
    const { open } = fresh();
    const a = open();
    const keys = [
      a.key("ab", "c"),
      a.key("a", "bc"),
      a.key("abc"),
      a.key(new TextEncoder().encode("ab"), "c"),
      a.key("ab", "c", ""),
      open("another-build").key("ab", "c"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(a.key("ab", "c")).toBe(open().key("ab", "c"));
  });

  it("passes over an entry that was cut short, edited or written by another format, then replaces it", () => {
    const { dir, open } = fresh();
    const cache = open();
    const key = cache.key("x");
    cache.put(key, { a: "Ủy ban nhân dân" });
    const [name] = entries(dir);
    const file = join(dir, name!);
    const whole = readFileSync(file, "utf8");
    const damaged = [
      whole.slice(0, whole.length - 3),
      whole.replace("Ủy ban", "Uy ban"),
      whole.replace("kehoach-plan-cache 1", "kehoach-plan-cache 0"),
      "",
      "kehoach-plan-cache 1 \n{}",
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      expect(cache.get(key)).toBeNull();
    }
    cache.put(key, { a: "again" });
    expect(cache.get(key)).toEqual({ a: "again" });
  });

  it("never throws when the folder cannot be made, and leaves no temporary file", () => {
    const { dir, states } = fresh();
    const blocked = join(dir, "a-file");
    writeFileSync(blocked, "not a folder");
    const cache = openPlanCache({ KEHOACH_CACHE_DIR: join(blocked, "cache") }, BUILD, (s) => states.push(s))!;
    const key = cache.key("x");
    expect(() => cache.put(key, { a: 1 })).not.toThrow();
    expect(cache.get(key)).toBeNull();
    expect(states).toEqual(["not stored", "miss"]);
    expect(readdirSync(dir)).toEqual(["a-file"]);
  });

  it("does not keep what JSON cannot hold", () => {
    const { dir, open, states } = fresh();
    const cache = open();
    cache.put(cache.key("u"), undefined);
    expect(states).toEqual(["not stored"]);
    expect(entries(dir)).toEqual([]);
  });

  it("keeps the most recently used entries, and removes temporary files left for an hour", () => {
    const { dir, open } = fresh();
    const cache = open();
    const keys = Array.from({ length: MAX_ENTRIES }, (_, i) => cache.key(String(i)));
    const old = Date.now() / 1000 - 10_000;
    keys.forEach((k, i) => {
      cache.put(k, { i });
      // stored in order, a second apart
      utimesSync(join(dir, `plan-${k}.json`), old + i, old + i);
    });
    expect(entries(dir)).toHaveLength(MAX_ENTRIES);
    // the first entry is used again: it is kept, and the six next oldest make room for six new ones
    expect(cache.get(keys[0]!)).toEqual({ i: 0 });
    writeFileSync(join(dir, "plan-left.json.abc.tmp"), "x");
    utimesSync(join(dir, "plan-left.json.abc.tmp"), old, old);
    writeFileSync(join(dir, "plan-busy.json.def.tmp"), "x");
    for (let i = 0; i < 6; i++) cache.put(cache.key(`new ${i}`), { i });
    expect(entries(dir)).toHaveLength(MAX_ENTRIES);
    expect(cache.get(keys[0]!)).toEqual({ i: 0 });
    for (const k of keys.slice(1, 7)) expect(existsSync(join(dir, `plan-${k}.json`))).toBe(false);
    expect(cache.get(keys[7]!)).toEqual({ i: 7 });
    expect(existsSync(join(dir, "plan-left.json.abc.tmp"))).toBe(false);
    expect(existsSync(join(dir, "plan-busy.json.def.tmp"))).toBe(true);
  });
});

describe("a plan cache folder others can write into", () => {
  it("is not used: nothing read from it, nothing written to it", () => {
    if (process.platform === "win32") return;
    const { dir, open, states } = fresh();
    const cache = open();
    const key = cache.key("x");
    cache.put(key, { a: 1 });
    chmodSync(dir, 0o777);
    expect(cache.get(key)).toBeNull();
    cache.put(cache.key("y"), { b: 2 });
    chmodSync(dir, 0o700);
    expect(entries(dir)).toHaveLength(1);
    expect(cache.get(key)).toEqual({ a: 1 });
    expect(states).toEqual(["stored", "folder not private", "not stored", "hit"]);
  });
});
