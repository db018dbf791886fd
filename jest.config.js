// Jest 30, native ESM (the project is "type": "module"), TypeScript through @swc/jest.
// Two lanes: "unit" (the core, the adapters on in-memory data, the Excel stand-in: fast, for daily
// work) and "slow" (*.slow.test.ts: real applications — LibreOffice, Chromium, the production
// build — and scale tests). `npm test` runs both, as CI does; `npm run test:unit` runs the first.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "es6" },
  },
];

const common = {
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: { "^.+\\.tsx?$": swc },
  testEnvironment: "node",
  // Tests import describe/it/expect from @jest/globals: nothing to put on the global object.
  injectGlobals: false,
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  setupFiles: ["<rootDir>/tests/helpers/env-setup.ts"],
};

/** @type {import("jest").Config} */
export default {
  // A unit test that needs more than this is in the wrong lane; slow tests set their own budgets.
  testTimeout: 30_000,
  // Both cores: jest leaves one free by default, which on a 2-core machine halves the speed.
  maxWorkers: "100%",
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/tests/**/*.test.ts", "<rootDir>/tests/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "\\.slow\\.test\\.tsx?$"],
    },
    {
      ...common,
      displayName: "slow",
      testMatch: ["<rootDir>/tests/**/*.slow.test.ts", "<rootDir>/tests/**/*.slow.test.tsx"],
    },
  ],
};
