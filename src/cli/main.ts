import { processIO, exitWhenFlushed, EXIT_FAILURE, EXIT_OK, type CliIO } from "./io";
import { installNativeInflater } from "../node/native-inflate";
import { undoUnfinished } from "../node/on-stop";
import { debugDetail, toUserError, SHOWS_USAGE } from "./errors";
import { terminalField, terminalText } from "./terminal";
import { t, tBoth, type MessageKey } from "../core/i18n";

installNativeInflater();

type Command = (args: string[], io: CliIO) => Promise<number>;

// Each command is loaded when named: `check` never pays for ExcelJS, the plan readers or the
// template writer, which would be most of the start-up cost of a short run. In the one-file
// bundle (scripts/build-cli.mjs) each import() below stays a lazy initialiser of its modules.
const COMMANDS: Record<string, { run: () => Promise<Command>; usage: MessageKey }> = {
  plan: { run: async () => (await import("./commands/plan")).runPlan, usage: "cli.usage.plan" },
  templates: { run: async () => (await import("./commands/templates")).runTemplates, usage: "cli.usage.templates" },
  check: { run: async () => (await import("./commands/check")).runCheck, usage: "cli.usage.check" },
  consolidate: {
    run: async () => (await import("./commands/consolidate")).runConsolidate,
    usage: "cli.usage.consolidate",
  },
  demo: { run: async () => (await import("./commands/demo")).runDemo, usage: "cli.usage.demo" },
};

function usage(): string {
  return [
    `${t("vi", "cli.usage.title")} / ${t("en", "cli.usage.title")}`,
    "",
    ...Object.values(COMMANDS).map((c) => "  " + t("vi", c.usage)),
  ].join("\n");
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name ? EXIT_OK : EXIT_FAILURE;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`${tBoth("cli.unknownCommand", { name: terminalField(name) })}\n\n${usage()}`);
    return EXIT_FAILURE;
  }
  try {
    return await (
      await cmd.run()
    )(rest, io);
  } catch (e) {
    reportFailure(e, io, t("vi", cmd.usage));
    return EXIT_FAILURE;
  }
}

/**
 * The boundary: whatever a command throws is printed as the project's own bilingual message
 * (with the command's usage when it was mistyped); the technical detail of an unexpected
 * error only under KEHOACH_DEBUG, for whoever fixes it.
 */
export function reportFailure(e: unknown, io: Pick<CliIO, "err">, usageText?: string, debug = debugWanted()): void {
  const u = toUserError(e);
  const lines = [u.message];
  if (usageText && SHOWS_USAGE.has(u.key)) lines.push("", "  " + usageText);
  if (u.key === "cli.unexpected" && debug) lines.push("", terminalText(debugDetail(e)));
  io.err(lines.join("\n"));
}

function debugWanted(): boolean {
  return typeof process !== "undefined" && !!process.env.KEHOACH_DEBUG;
}

/**
 * The process around main(), for the executable only (bin/kehoach.js calls it on the bundle;
 * tests call main() and keep their own process): output that cannot be written, stray errors,
 * the exit code.
 */
export function runAsProcess(argv: string[]): void {
  // Output that cannot be written never stops the command halfway: the summary is still
  // written and no lock or temporary file is left behind. A reader that went away
  // (`kehoach consolidate … | head -1`) only loses the rest of the output, and the command ends
  // with its own exit code; output lost otherwise (a full disk under `> report.json`, an I/O
  // error) is said once on stderr and ends the run with EXIT_FAILURE.
  const gone = new Set<NodeJS.WriteStream>();
  let lost = false;
  const failed = (e: NodeJS.ErrnoException, stream: NodeJS.WriteStream): boolean => {
    if (e.code === "EPIPE" || gone.has(stream)) {
      gone.add(stream);
      return false;
    }
    if (!lost && stream === process.stdout) processIO.err(tBoth("cli.outputLost", { code: e.code ?? "?" }));
    lost = true;
    return true;
  };
  const end = (code: number) => exitWhenFlushed(lost ? EXIT_FAILURE : code, failed);
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => void failed(e, stream));
  // Errors raised outside the command's promise chain (a stream's late "error" event) still
  // end in the one bilingual message, never Node's default dump.
  const fatal = (e: unknown) => {
    reportFailure(e, processIO);
    end(EXIT_FAILURE);
  };
  process.on("uncaughtException", fatal);
  // Stopped (Ctrl-C, kill): what the run half-made on disk (a temporary file, the output's lock)
  // goes with it, the output is as it was, and the user is told so; exit 128 + the signal's number.
  // At once, not once the output has drained (end): the command would go on writing meanwhile.
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)
    process.once(signal, () => {
      undoUnfinished();
      processIO.err(tBoth("cli.stopped"));
      process.exit(code);
    });
  // A promise nobody awaits (a library's stray background read) is no part of the command's
  // result, which main() reports in full: it must not end a batch. Shown only when debugging.
  process.on("unhandledRejection", (e: unknown) => {
    if (debugWanted()) processIO.err(terminalText(debugDetail(e)));
  });
  main(argv).then(end, fatal);
}
