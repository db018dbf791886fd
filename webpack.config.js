// Build of the task pane (the CLI is bundled separately by esbuild, see package.json).
// `npm run build`      → dist/ (taskpane.html, JS chunks, manifest.xml with the production URL)
// `npm run dev-server` → https://localhost:3000/ with office-addin-dev-certs certificates
// Env: ADDIN_PROD_URL  production base URL written into dist/manifest.xml (default: the dev URL)
//      ADDIN_OUT_DIR   output folder (tests build into a temporary folder)
import path from "node:path";
import os from "node:os";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000/";
/** The pane's initial JavaScript (gzip): ExcelJS and papaparse must stay in lazy chunks. */
const INITIAL_JS_BUDGET = 250 * 1024;

/** Prints the gzip size of each entry's initial JavaScript and fails the build over budget. */
class InitialBundleBudget {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialBundleBudget", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialBundleBudget", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const [name, entry] of compilation.entrypoints) {
            let gz = 0;
            for (const file of entry.getFiles()) {
              if (!file.endsWith(".js")) continue;
              const asset = compilation.getAsset(file);
              if (asset) gz += gzipSync(asset.source.buffer()).length;
            }
            const kb = (gz / 1024).toFixed(1);
            console.log(`initial JS of "${name}": ${kb} KB gzip (budget ${INITIAL_JS_BUDGET / 1024} KB)`);
            if (gz > INITIAL_JS_BUDGET) {
              compilation.errors.push(
                new Error(`initial JS of "${name}" is ${kb} KB gzip, over the ${INITIAL_JS_BUDGET / 1024} KB budget`),
              );
            }
          }
        },
      );
    });
  }
}

/** The production URL must be https and end with a slash, since the manifest appends paths. */
function productionUrl() {
  const raw = process.env.ADDIN_PROD_URL;
  if (!raw) return DEV_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_PROD_URL must be https: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

export default async (env, argv) => {
  const dev = argv.mode !== "production";
  // certificates are needed only to serve (webpack serve sets WEBPACK_SERVE), not to build
  const serving = Boolean(env?.WEBPACK_SERVE);
  const outDir = path.resolve(root, process.env.ADDIN_OUT_DIR ?? "dist");
  const base = dev ? DEV_URL : productionUrl();
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: { taskpane: path.join(root, "src/taskpane/index.tsx") },
    output: {
      path: outDir,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/cli holds the CLI bundle: keep it
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS's browser build still asks for these Node modules by name; they are never used.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.join(root, "src/taskpane/taskpane.html"),
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]", context: root },
          { from: "src/taskpane/help.html", to: "help.html", context: root },
          // ES5, outside the bundle: it must run where the bundle cannot parse (IE11, EdgeHTML)
          { from: "src/old-host/old-host.js", to: "old-host.js", context: root },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            context: root,
            // page URLs get the full base; AppDomain (DEV_URL without the slash) gets its origin
            transform: (content) =>
              dev
                ? content
                : content
                    .toString("utf8")
                    .split(DEV_URL)
                    .join(base)
                    .split(DEV_URL.slice(0, -1))
                    .join(new URL(base).origin),
          },
        ],
      }),
      // the budget is about what users download: production builds only
      ...(dev ? [] : [new InitialBundleBudget()]),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: 3000,
          hot: false,
          static: { directory: outDir },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devHttpsOptions() },
        }
      : undefined,
  };
};

async function devHttpsOptions() {
  // Certificates already made (by `npx office-addin-dev-certs install`) are used as they are:
  // asking the package again would try to trust its CA, which needs sudo on Linux.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  }
  try {
    const certs = await import("office-addin-dev-certs");
    return await (certs.default ?? certs).getHttpsServerOptions();
  } catch (e) {
    throw new Error(`No localhost certificate: run "npx office-addin-dev-certs install" first (${e.message})`, {
      cause: e,
    });
  }
}
