/**
 * Run before every test file (jest.config.js setupFiles). The CLIs that tests start keep their
 * plan cache (src/node/plan-cache.ts) in one folder of the system's temporary directory, not in
 * the developer's ~/.cache: entries are keyed by build, so test runs share it safely.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.KEHOACH_CACHE_DIR = join(tmpdir(), "kehoach-test-plan-cache");
