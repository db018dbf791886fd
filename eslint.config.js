import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import { builtinModules } from "node:module";

// Node built-ins, with and without the "node:" prefix.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const UI = {
  group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
  message: "UI belongs in src/taskpane.",
};
const OFFICE_GLOBALS = [
  { name: "Office", message: "Office.js is called only in src/office." },
  { name: "Excel", message: "Office.js is called only in src/office." },
];

/**
 * One lint zone per adapter: what each folder may not import. Dynamic `import()` is not an
 * import declaration, so the pane can still load ExcelJS and papaparse on demand.
 */
function adapterZones() {
  const zone = (files, { paths = [], patterns = [] }, globals = []) => ({
    files,
    rules: {
      // The TypeScript rule, so that type-only imports (erased from the bundle) stay allowed.
      "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }],
      ...(globals.length > 0 ? { "no-restricted-globals": ["error", ...globals] } : {}),
    },
  });
  const noNode = (where) =>
    nodeBuiltins.map((name) => ({ name, message: `${where} runs in the browser: no Node built-ins.` }));
  return [
    // File formats (and the plan-file readers): browser-safe (the pane loads them), no UI, no host.
    zone(
      [
        "src/xlsx/**/*.ts",
        "src/csv/**/*.ts",
        "src/legacy/**/*.ts",
        "src/docx/**/*.ts",
        "src/pdf/**/*.ts",
        "src/plan-file/**/*.ts",
      ],
      {
        paths: noNode("This adapter"),
        patterns: [
          UI,
          {
            group: ["**/office/**", "**/taskpane/**", "**/cli/**", "**/node/**", "**/demo/**"],
            message: "A file-format adapter imports only the core and the other format adapter.",
            allowTypeImports: true,
          },
        ],
      },
      [
        ...OFFICE_GLOBALS,
        { name: "process", message: "Browser-safe: no process." },
        { name: "Buffer", message: "Browser-safe: use Uint8Array." },
      ],
    ),
    // The Office.js adapter: no UI; the file formats come in through the ports.
    zone(["src/office/**/*.ts"], {
      paths: noNode("The Office adapter"),
      patterns: [
        UI,
        {
          group: ["exceljs", "papaparse", "jszip"],
          message: "The Office adapter gets file formats through the ports.",
        },
        {
          group: ["**/cli/**", "**/node/**", "**/demo/**"],
          message: "The Office adapter does not import the command line.",
        },
      ],
    }),
    // The command line and its file system: no UI, no host.
    zone(
      ["src/cli/**/*.ts", "src/node/**/*.ts", "src/demo/**/*.ts"],
      {
        patterns: [
          UI,
          { group: ["**/office/**", "**/taskpane/**"], message: "The command line does not import the add-in." },
        ],
      },
      OFFICE_GLOBALS,
    ),
    // The pane: format libraries only through a dynamic import(), never in the first bundle.
    zone(["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"], {
      paths: noNode("The pane"),
      patterns: [
        {
          group: [
            "exceljs",
            "papaparse",
            "jszip",
            "pdfjs-dist",
            "pdfjs-dist/*",
            "saxes",
            "**/xlsx/**",
            "**/csv/**",
            "**/docx/**",
            "**/pdf/**",
            "**/plan-file/**",
          ],
          message: "The pane loads file formats with a dynamic import() (lazy chunk), never statically.",
          allowTypeImports: true,
        },
        { group: ["**/cli/**", "**/node/**", "**/demo/**"], message: "The pane does not import the command line." },
      ],
    }),
  ];
}

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A type-only import is erased, so it cannot pull a module (ExcelJS, React) into a bundle.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
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
  ...adapterZones(),
  {
    // The pane's application layer: plain async functions over the ports (src/core/ports). No UI,
    // no host API, no file format library: the codecs arrive through the FileCodecs port.
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: "The application layer runs in the pane: no Node built-ins.",
          })),
          patterns: [
            {
              group: ["exceljs", "exceljs/*", "papaparse", "jszip"],
              message: "Formats arrive through the FileCodecs port.",
            },
            {
              group: ["react", "react-dom", "react/*", "@fluentui/*"],
              message: "The application layer has no UI: components live in src/taskpane.",
            },
            {
              group: ["**/office/**", "**/taskpane/**", "**/xlsx/**", "**/csv/**", "**/cli/**", "**/node/**"],
              message: "The application layer sees adapters only through the ports in src/core/ports.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js is called only in src/office." },
        { name: "Excel", message: "Office.js is called only in src/office." },
      ],
    },
  },
  {
    // The Office.js adapter implements the ports; it never reaches into the pane.
    files: ["src/office/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/app/**", "react", "react-dom", "@fluentui/*"],
              message: "The Office adapter implements src/core/ports and imports nothing from the pane.",
            },
          ],
        },
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
