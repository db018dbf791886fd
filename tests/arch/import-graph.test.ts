import { describe, it, expect } from "@jest/globals";
import { resolve } from "node:path";
import { cycles, importGraph, type Edge } from "./import-graph";

// Tests run from the repository root.
const edges = importGraph(resolve(process.cwd(), "src"));

const folder = (path: string) => path.split("/")[1]!;
const show = (e: Edge) => `${e.from} -> ${e.to}`;

describe("the import graph of src/", () => {
  it("is read: every layer has files and imports", () => {
    const folders = new Set(edges.flatMap((e) => [folder(e.from), folder(e.to)]));
    for (const f of ["core", "app", "xlsx", "csv", "office", "taskpane", "cli", "node"]) expect(folders).toContain(f);
    expect(edges.length).toBeGreaterThan(300);
  });

  it("has no import cycle, type-only imports included", () => {
    expect(cycles(edges)).toEqual([]);
  });

  it("finds a cycle when there is one (the check can fail)", () => {
    const a = "src/core/a.ts";
    const b = "src/core/b.ts";
    const c = "src/core/c.ts";
    expect(
      cycles([
        { from: a, to: b, typeOnly: false },
        { from: b, to: c, typeOnly: true },
        { from: c, to: a, typeOnly: false },
      ]),
    ).toEqual([[a, b, c]]);
  });

  it("has no arrow from the core or an adapter into the pane", () => {
    expect(edges.filter((e) => folder(e.to) === "taskpane" && folder(e.from) !== "taskpane").map(show)).toEqual([]);
  });

  it("has no arrow into the application layer but from the pane", () => {
    const into = edges.filter((e) => folder(e.to) === "app" && !["app", "taskpane"].includes(folder(e.from)));
    expect(into.map(show)).toEqual([]);
  });

  it("keeps the core free of every adapter", () => {
    const out = edges.filter((e) => folder(e.from) === "core" && folder(e.to) !== "core").map(show);
    expect(out).toEqual([]);
  });

  it("keeps the command line and the file formats out of the Office adapter and the other way round", () => {
    const host = new Set(["office", "taskpane"]);
    const cli = new Set(["cli", "node", "demo"]);
    const formats = new Set(["xlsx", "csv", "legacy", "docx", "pdf", "plan-file"]);
    const bad = edges.filter(
      (e) =>
        (cli.has(folder(e.from)) && host.has(folder(e.to))) ||
        (host.has(folder(e.from)) && cli.has(folder(e.to))) ||
        (formats.has(folder(e.from)) && !formats.has(folder(e.to)) && folder(e.to) !== "core"),
    );
    expect(bad.map(show)).toEqual([]);
  });
});
