import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import { builtinModules } from "node:module";

// Node built-ins, with and without the "node:" prefix.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The pure core: no host API, no UI, no file format library, no Node built-in.
    // Everything it needs arrives as plain data from an adapter.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "The core is pure: no Node built-ins." })),
          patterns: [
            { group: ["exceljs", "exceljs/*"], message: "The core is pure: ExcelJS belongs in src/xlsx." },
            {
              group: ["react", "react-dom", "react/*", "@fluentui/*"],
              message: "The core is pure: UI belongs in src/taskpane.",
            },
            { group: ["papaparse", "jszip"], message: "The core is pure: file formats belong in the adapters." },
            {
              group: ["**/office/**", "**/taskpane/**", "**/xlsx/**", "**/cli/**", "**/node/**"],
              message: "The core must not import an adapter.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js is called only in src/office." },
        { name: "Excel", message: "Office.js is called only in src/office." },
        { name: "process", message: "The core is pure: no process." },
        { name: "Buffer", message: "The core is pure: use Uint8Array." },
        { name: "require", message: "The core is pure." },
      ],
    },
  },
  {
    // The plan-file readers run in the pane as well as the CLI: browser-safe, no Node built-in.
    files: ["src/docx/**/*.ts", "src/pdf/**/*.ts", "src/plan-file/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "Plan-file readers run in the browser too." })),
          patterns: [
            {
              group: ["**/office/**", "**/taskpane/**", "**/cli/**", "**/node/**"],
              message: "Readers import no front end.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "Browser-safe: no process." },
        { name: "Buffer", message: "Browser-safe: use Uint8Array." },
        { name: "require", message: "Browser-safe: import." },
      ],
    },
  },
  {
    // Office.js lives in src/office only; the pane receives functions, never the host API.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/office/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "Excel.run only in src/office.",
        },
        {
          selector: "MemberExpression[object.name='Office'][property.name='context']",
          message: "Office.context only in src/office.",
        },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
