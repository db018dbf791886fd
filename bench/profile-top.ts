/**
 * The functions with the most self time in a V8 CPU profile (`node --cpu-prof`), or with the most
 * total time (self + callees, each function counted once per stack) with --total:
 *   npx tsx bench/profile-top.ts FILE.cpuprofile [N] [--total]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function keyOf(f: ProfileNode["callFrame"]): string {
  const where = f.url ? `${f.url.replace(/^.*\/(node_modules\/)?/, "")}:${f.lineNumber + 1}` : "";
  return `${f.functionName || "(anonymous)"} ${where}`.trim();
}

export function topSelf(profile: Profile, n = 10, total = false): { name: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const time = new Map<string, number>();
  let sum = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    sum += dt;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = total ? parent.get(at) : undefined) {
      const f = byId.get(at)?.callFrame;
      if (!f) break;
      const key = keyOf(f);
      if (!seen.has(key)) time.set(key, (time.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  return [...time.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms, share: ms / sum }));
}

if (process.argv[1]?.endsWith("profile-top.ts")) {
  const args = process.argv.slice(2);
  const [file, count] = args.filter((a) => !a.startsWith("--"));
  const profile = JSON.parse(readFileSync(file!, "utf8")) as Profile;
  for (const r of topSelf(profile, Number(count ?? 10), args.includes("--total")))
    console.log(`${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.name}`);
}
