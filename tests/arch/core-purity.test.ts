import { describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import { ESLint } from "eslint";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { ROOT } from "../helpers/cli";

/** The lint rules that keep the core pure really fail on a forbidden import. */
describe("the core stays pure", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (code: string, file = "src/core/plan/example.ts") => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result!.messages.map((m) => m.ruleId);
  };

  const forbidden: [string, string][] = [
    ["ExcelJS", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n'],
    ["React", 'import { useState } from "react";\nexport const x = useState;\n'],
    ["Fluent UI", 'import { Button } from "@fluentui/react-components";\nexport const x = Button;\n'],
    ["a Node built-in", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n'],
    ["a Node built-in without prefix", 'import { join } from "path";\nexport const x = join;\n'],
    ["papaparse", 'import Papa from "papaparse";\nexport const x = Papa;\n'],
    ["an adapter", 'import { x as y } from "../../../office/excel-port";\nexport const x = y;\n'],
  ];
  for (const [what, code] of forbidden) {
    it(`rejects ${what} in src/core`, async () => {
      expect(await lint(code)).toContain("no-restricted-imports");
    });
  }

  it("rejects the Office.js globals in src/core and Excel.run outside src/office", async () => {
    expect(await lint("export const x = () => Office.onReady();\n")).toContain("no-restricted-globals");
    expect(await lint("export const x = () => Excel.run(async () => {});\n", "src/taskpane/example.ts")).toContain(
      "no-restricted-syntax",
    );
    expect(await lint("export const x = () => Excel.run(async () => {});\n", "src/office/example.ts")).not.toContain(
      "no-restricted-syntax",
    );
  });

  it("allows the same imports outside the core", async () => {
    expect(await lint('import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', "src/xlsx/example.ts")).toEqual(
      [],
    );
  });

  it("no file under src/core imports anything but the core", () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    walk(join(ROOT, "src", "core"));
    expect(files.length).toBeGreaterThan(20);
    const core = join(ROOT, "src", "core") + sep;
    for (const f of files) {
      // Static imports, re-exports and dynamic import() alike: each must resolve inside src/core.
      for (const m of readFileSync(f, "utf8").matchAll(/(?:from\s+|import\s*\(\s*)"([^"]+)"/g)) {
        const spec = m[1]!;
        const target = spec.startsWith(".") ? resolve(dirname(f), spec) : spec;
        because(`${f} imports ${spec}`, () => expect(target.startsWith(core)).toBe(true));
      }
    }
  });
});
