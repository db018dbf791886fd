import { describe, expect, it } from "@jest/globals";
import { ESLint } from "eslint";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "../helpers/cli";

/**
 * The pane's layers: the application layer (src/app) has no UI, no host API and no format
 * library; the Office adapter implements the ports and never reaches into the pane; and the
 * pane's folders import each other without a cycle.
 */
describe("the pane's layers", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (code: string, file: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result!.messages.map((m) => m.ruleId);
  };

  const forbiddenInApp: [string, string][] = [
    ["ExcelJS", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
    ["papaparse", 'import Papa from "papaparse";\nexport const x = Papa;\n'],
    ["React", 'import { useState } from "react";\nexport const x = useState;\n'],
    ["Fluent UI", 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n'],
    [
      "the Office adapter",
      'import { createExcelPort } from "../office/excel-port";\nexport const x = createExcelPort;\n',
    ],
    ["the pane", 'import { lazyCodecs } from "../taskpane/lazy-codecs";\nexport const x = lazyCodecs;\n'],
    [
      "an ExcelJS adapter",
      'import { writeTemplate } from "../xlsx/template-writer";\nexport const x = writeTemplate;\n',
    ],
  ];
  for (const [what, code] of forbiddenInApp) {
    it(`rejects ${what} in src/app`, async () => {
      expect(await lint(code, "src/app/example.ts")).toContain("no-restricted-imports");
    });
  }

  it("rejects the Office.js globals in src/app and allows the ports", async () => {
    expect(await lint("export const x = () => Excel.run(async () => {});\n", "src/app/example.ts")).toContain(
      "no-restricted-globals",
    );
    expect(
      await lint(
        'import type { WorkbookPort } from "../core/ports/workbook";\nexport type X = WorkbookPort;\n',
        "src/app/example.ts",
      ),
    ).toEqual([]);
  });

  it("rejects an import of the pane in src/office", async () => {
    expect(
      await lint(
        'import type { PaneContext } from "../taskpane/pane-context";\nexport type X = PaneContext;\n',
        "src/office/example.ts",
      ),
    ).toContain("no-restricted-imports");
  });

  it("has no import cycle among src/app, src/taskpane, src/office and src/core/ports", () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    for (const d of ["app", "taskpane", "office", "core/ports"]) walk(join(ROOT, "src", d));
    expect(files.length).toBeGreaterThan(30);
    const known = new Set(files);
    const edges = new Map<string, string[]>();
    for (const f of files) {
      const targets: string[] = [];
      for (const m of readFileSync(f, "utf8").matchAll(/(?:import|export)[^"';]*?from\s+"(\.[^"]+)"/g)) {
        const base = resolve(dirname(f), m[1]!);
        const hit = [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((p) => known.has(p));
        if (hit) targets.push(hit);
      }
      edges.set(f, targets);
    }
    // depth-first search; a grey node met again closes a cycle
    const state = new Map<string, "grey" | "black">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      state.set(f, "grey");
      for (const g of edges.get(f) ?? []) {
        if (state.get(g) === "grey") cycles.push([...path, f, g].map((p) => relative(ROOT, p)).join(" → "));
        else if (!state.has(g)) visit(g, [...path, f]);
      }
      state.set(f, "black");
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
    // and the adapter never imports the pane or the application layer
    const fromOffice = files
      .filter((f) => f.includes(`${join("src", "office")}`))
      .flatMap((f) => edges.get(f)!.filter((g) => /src[\\/](taskpane|app)[\\/]/.test(g)));
    expect(fromOffice).toEqual([]);
  });
});
