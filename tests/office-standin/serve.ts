/**
 * What the Chromium tests share: Debian's Chromium with the flags this closed network needs, a
 * static server for the production build on the loopback interface only, and the Excel stand-in
 * bundled as a script to serve in place of office.js.
 */
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { build as esbuild } from "esbuild";
import { ROOT } from "./build";

export const CHROMIUM = "/usr/bin/chromium";

/** Without the background-networking flags Chromium keeps dialling hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface Served {
  origin: string;
  close(): Promise<void>;
}

/** Serves the files of `dir` on 127.0.0.1 (a free port); nothing outside `dir` is served. */
export async function serveDir(dir: string): Promise<Served> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  return {
    origin: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The Excel stand-in (tests/office-standin/browser.ts) as one script, served where office.js is asked for. */
export async function standinScript(): Promise<string> {
  const bundled = await esbuild({
    entryPoints: [path.join(ROOT, "tests/office-standin/browser.ts")],
    bundle: true,
    format: "iife",
    write: false,
    target: "es2022",
    logLevel: "silent",
  });
  return bundled.outputFiles[0]!.text;
}
