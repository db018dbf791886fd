import { terminalText } from "./terminal";

/** What a command needs from its surroundings, so tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** A line ends with a newline; nothing that would act on a terminal gets through (cli/terminal.ts). */
function line(t: string): string {
  const safe = terminalText(t);
  return safe.endsWith("\n") ? safe : safe + "\n";
}

export const processIO: CliIO = {
  out: (t) => process.stdout.write(line(t)),
  err: (t) => process.stderr.write(line(t)),
  cwd: process.cwd(),
};

/**
 * Ends the process once everything written to stdout and stderr has left it. A pipe takes
 * 64 KB at a time and Node queues the rest; `process.exit` at once would drop the queue, and
 * `kehoach check --format json | jq` would get a JSON document cut short. A write that failed
 * lost output: when `failed` says that counts (a full disk under `> report.json`, not a reader
 * that went away), the process ends with EXIT_FAILURE rather than the command's code.
 */
export function exitWhenFlushed(
  code: number,
  failed: (e: NodeJS.ErrnoException, stream: NodeJS.WriteStream) => boolean = (e) => e.code !== "EPIPE",
): void {
  process.exitCode = code;
  let exit = code;
  let pending = 2;
  // A write's callback runs after every earlier write on that stream has been handed over.
  for (const stream of [process.stdout, process.stderr])
    stream.write("", (e?: NodeJS.ErrnoException | null) => {
      if (e && failed(e, stream)) exit = EXIT_FAILURE;
      if (--pending === 0) process.exit(exit);
    });
}

/** Exit codes: 0 fine, 1 the input has errors (check), 2 could not run. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;
