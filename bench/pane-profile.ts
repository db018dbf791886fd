/**
 * A Chromium CPU profile of the minified production build, made readable: each function's
 * position is looked up in the build's source maps, so the top list names the project's own
 * source files and lines (and the original function names where the map has them).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";
import { topSelf } from "./profile-top";

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface Node {
  id: number;
  callFrame: Frame;
}
export interface ChromiumProfile {
  nodes: Node[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The top functions by self time, with positions in the sources when the build has maps. */
export function topOfBuild(profile: ChromiumProfile, buildDir: string, n: number) {
  const maps = new Map<string, SourceMapConsumer | null>();
  const consumer = (url: string): SourceMapConsumer | null => {
    const file = url.replace(/^.*\//, "");
    if (!maps.has(file)) {
      const path = join(buildDir, `${file}.map`);
      maps.set(
        file,
        existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, "utf8")) as RawSourceMap) : null,
      );
    }
    return maps.get(file)!;
  };
  const nodes = profile.nodes.map((node) => {
    const f = node.callFrame;
    const map = f.url ? consumer(f.url) : null;
    if (!map) return node;
    const o = map.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    if (!o.source) return node;
    const source = o.source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
    return {
      ...node,
      callFrame: { ...f, functionName: o.name ?? f.functionName, url: source, lineNumber: (o.line ?? 1) - 1 },
    };
  });
  return topSelf({ nodes, samples: profile.samples ?? [], timeDeltas: profile.timeDeltas ?? [] }, n);
}
