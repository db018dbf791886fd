/**
 * The functions with the most self time in a V8 CPU profile (`node --cpu-prof`):
 *   npx tsx bench/profile-top.ts FILE.cpuprofile [N]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function topSelf(profile: Profile, n = 10): { name: string; ms: number; share: number }[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const where = f.url ? `${f.url.replace(/^.*\/(node_modules\/)?/, "")}:${f.lineNumber + 1}` : "";
    const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms, share: ms / total }));
}

if (process.argv[1]?.endsWith("profile-top.ts")) {
  const profile = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Profile;
  for (const r of topSelf(profile, Number(process.argv[3] ?? 10)))
    console.log(`${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.name}`);
}
