import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    // LibreOffice and Chromium tests start real applications: give them room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores here: keep real applications from fighting over them.
    maxWorkers: 2,
  },
});
