import type { CliIO } from "../io";
import { EXIT_FAILURE } from "../io";

export async function runPlan(_args: string[], io: CliIO): Promise<number> {
  io.err("kehoach plan: chưa có / not yet");
  return EXIT_FAILURE;
}
