import { beforeAll, describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { isUserError } from "../../src/core/errors";
import { CRC_START, crc32Final, crc32Update } from "../../src/xlsx/direct/crc32";
import { makeTemplate } from "../helpers/template-files";

/** Deterministic: a failure names the seed and the case, and the same run reproduces it. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A zip with stored (uncompressed) parts, built directly: fast enough for thousands of cases. */
function storedZip(parts: [string, Uint8Array][]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const n = enc.encode(name);
    const crc = crc32Final(crc32Update(CRC_START, data));
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, n.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, data.length, true);
    cd.setUint32(24, data.length, true);
    cd.setUint16(28, n.length, true);
    cd.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), n, data);
    central.push(new Uint8Array(cd.buffer), n);
    offset += 30 + n.length + data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

const HUGE = [
  "99999999999",
  "1048577",
  "1048576",
  "16384",
  "16385",
  "0",
  "-1",
  "1e309",
  "NaN",
  "4294967296",
  "9".repeat(40),
];
const HUGE_REFS = [
  "A1:XFD1048576",
  "A30:XFD1048576",
  "XFE1",
  "A1048577",
  "ZZZZ1:A1",
  "A0",
  "A1:A99999999999",
  "$A$1:$XFD$1048576",
];

/** One XML-level change: huge numbers in refs, broken or repeated markup, entities, a DTD. */
function mutateXml(xml: string, r: () => number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const at = Math.floor(r() * xml.length);
  switch (Math.floor(r() * 10)) {
    case 0:
      return xml.replace(/\b(r|min|max|s|count|numFmtId)="[^"]*"/g, (m, k: string) =>
        r() < 0.2 ? `${k}="${pick(HUGE)}"` : m,
      );
    case 1:
      return xml.replace(/\b(ref|sqref|r)="[^"]*"/g, (m, k: string) => (r() < 0.3 ? `${k}="${pick(HUGE_REFS)}"` : m));
    case 2:
      return xml.replace(
        "</sheetData>",
        `</sheetData><mergeCells><mergeCell ref="${pick(HUGE_REFS)}"/><mergeCell ref="${pick(HUGE_REFS)}"/></mergeCells>`,
      );
    case 3:
      return xml.replace("<sheetData>", `<cols><col min="${pick(HUGE)}" max="${pick(HUGE)}"/></cols><sheetData>`);
    case 4:
      return (
        xml.slice(0, at) +
        pick(["<", ">", "&", '"', "</c>", "<c>", "&lol;", "&#0;", "&#x110000;", "<![CDATA[", "<!--", "<?x"]) +
        xml.slice(at)
      );
    case 5:
      return xml.slice(0, at);
    case 6:
      return xml.replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}<!DOCTYPE x [<!ENTITY a "${"b".repeat(10)}">]>`);
    case 7: {
      const from = Math.floor(r() * xml.length);
      const len = Math.floor(r() * 400);
      return xml.slice(0, at) + xml.slice(from, from + len).repeat(1 + Math.floor(r() * 50)) + xml.slice(at);
    }
    case 8:
      return xml.replace(/<(\/?)(c|row|v|t|si|sheet)\b/g, (m, slash: string) =>
        r() < 0.05 ? `<${slash}${pick(["c", "row", "v", "t", "si", "x:c"])}` : m,
      );
    default:
      return xml.replace(/\bt="[^"]*"/g, (m) =>
        r() < 0.3 ? `t="${pick(["s", "str", "b", "e", "d", "n", "inlineStr", "zz"])}"` : m,
      );
  }
}

/** One byte-level change of the deflated template: flips, cuts, inserted noise, a repeated slice. */
function mutateBytes(b: Uint8Array, r: () => number): Uint8Array {
  const at = Math.floor(r() * b.length);
  switch (Math.floor(r() * 4)) {
    case 0: {
      const out = b.slice();
      for (let k = 0; k < 1 + r() * 8; k++) {
        const i = Math.floor(r() * out.length);
        out[i] = out[i]! ^ (1 + Math.floor(r() * 255));
      }
      return out;
    }
    case 1:
      return b.slice(0, Math.max(1, at));
    case 2: {
      const noise = Uint8Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256));
      const out = new Uint8Array(b.length + noise.length);
      out.set(b.subarray(0, at));
      out.set(noise, at);
      out.set(b.subarray(at), at + noise.length);
      return out;
    }
    default: {
      const len = Math.min(b.length - at, 1 + Math.floor(r() * 512));
      const out = new Uint8Array(b.length + len);
      out.set(b.subarray(0, at + len));
      out.set(b.subarray(at), at + len);
      return out;
    }
  }
}

const CASES_PER_KIND = 5_200;
const MAX_CPU_MS = 2_000;

describe("fuzzing the reader: only the project's own errors, always within the limits", () => {
  let template: Uint8Array = new Uint8Array();
  let parts: [string, Uint8Array][] = [];
  const text = new Map<string, string>();

  beforeAll(async () => {
    template = (await makeTemplate()).bytes;
    const zip = await JSZip.loadAsync(template);
    for (const name of Object.keys(zip.files).sort()) {
      const f = zip.files[name]!;
      if (f.dir) continue;
      const bytes = await f.async("uint8array");
      parts.push([name, bytes]);
      if (/\.xml$|\.rels$/.test(name)) text.set(name, new TextDecoder().decode(bytes));
    }
    parts = parts.filter(([n]) => !n.startsWith("xl/media"));
  });

  async function outcome(bytes: Uint8Array, label: string): Promise<{ key: string; cpuMs: number }> {
    const before = process.cpuUsage();
    let key = "ok";
    try {
      const wb = await readSubmissionFile(bytes, "fuzz.xlsx");
      for (const s of wb.sheets)
        for (const row of s.rows) if (!Array.isArray(row)) throw new Error("row is not an array");
    } catch (e) {
      if (!isUserError(e)) throw new Error(`${label}: ${e instanceof Error ? e.stack : String(e)}`, { cause: e });
      key = e.key;
    }
    const cpu = process.cpuUsage(before);
    return { key, cpuMs: (cpu.user + cpu.system) / 1000 };
  }

  it(`${CASES_PER_KIND} XML-level mutations of the template's parts`, async () => {
    const r = rng(4587);
    const xmlNames = [...text.keys()].filter((n) => n.startsWith("xl/"));
    const keys = new Map<string, number>();
    let worst = 0;
    for (let i = 0; i < CASES_PER_KIND; i++) {
      // Mostly the report sheet, where the structures are; sometimes the other parts.
      const target = r() < 0.6 ? "xl/worksheets/sheet1.xml" : xmlNames[Math.floor(r() * xmlNames.length)]!;
      let xml = text.get(target)!;
      for (let k = 0; k < 1 + Math.floor(r() * 3); k++) xml = mutateXml(xml, r);
      const bytes = storedZip(parts.map(([n, b]) => [n, n === target ? new TextEncoder().encode(xml) : b]));
      const o = await outcome(bytes, `xml case ${i} on ${target}`);
      keys.set(o.key, (keys.get(o.key) ?? 0) + 1);
      worst = Math.max(worst, o.cpuMs);
    }
    console.log("XML mutations:", Object.fromEntries(keys), `slowest ${worst.toFixed(0)} ms`);
    expect(worst).toBeLessThan(MAX_CPU_MS);
    // The mutations reach both sides: files still read and files refused.
    expect(keys.get("ok") ?? 0).toBeGreaterThan(100);
    expect(keys.size).toBeGreaterThan(3);
  }, 120_000);

  it(`${CASES_PER_KIND} byte-level mutations of the deflated template`, async () => {
    const r = rng(2022);
    const keys = new Map<string, number>();
    let worst = 0;
    for (let i = 0; i < CASES_PER_KIND; i++) {
      let b: Uint8Array = template;
      for (let k = 0; k < 1 + Math.floor(r() * 2); k++) b = mutateBytes(b, r);
      const o = await outcome(b, `byte case ${i}`);
      keys.set(o.key, (keys.get(o.key) ?? 0) + 1);
      worst = Math.max(worst, o.cpuMs);
    }
    console.log("byte mutations:", Object.fromEntries(keys), `slowest ${worst.toFixed(0)} ms`);
    expect(worst).toBeLessThan(MAX_CPU_MS);
    expect(keys.size).toBeGreaterThan(1);
  }, 120_000);
});
