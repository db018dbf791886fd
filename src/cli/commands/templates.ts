import type { CliIO } from "../io";
import { EXIT_FAILURE } from "../io";

// Placeholder until the templates command lands; it says so instead of pretending to work.
export async function runTemplates(_args: string[], io: CliIO): Promise<number> {
  io.err("kehoach templates: chưa có trong phiên bản này / not available in this version yet");
  return EXIT_FAILURE;
}
