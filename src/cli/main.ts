import { processIO, EXIT_FAILURE, EXIT_OK, type CliIO } from "./io";
import { runPlan } from "./commands/plan";
import { runTemplates } from "./commands/templates";
import { runCheck } from "./commands/check";
import { runConsolidate } from "./commands/consolidate";
import { runDemo } from "./commands/demo";
import { isUserError } from "../core/errors";
import { installNativeInflater } from "../node/native-inflate";

installNativeInflater();

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  plan: { run: runPlan, usage: "kehoach plan [FILE] [--format json|csv] [--roster FILE]" },
  templates: {
    run: runTemplates,
    usage: "kehoach templates [--plan FILE] [--roster FILE] --period 2022 --out DIR [--agency ID…]",
  },
  check: {
    run: runCheck,
    usage:
      "kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD] [--received FILE=YYYY-MM-DD…]\n" +
      "                [--format text|json] [--limit N] [--due-day-on-time] [--max-file-mb N]",
  },
  consolidate: {
    run: runConsolidate,
    usage:
      "kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]\n" +
      "                [--received FILE=YYYY-MM-DD…] [--due-day-on-time] [--max-file-mb N]",
  },
  demo: { run: runDemo, usage: "kehoach demo [--out DIR] [--as-of YYYY-MM-DD]" },
};

function usage(): string {
  return [
    "kehoach — theo dõi thực hiện kế hoạch / track a plan's assignments",
    "",
    ...Object.values(COMMANDS).map((c) => "  " + c.usage),
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
    io.err(`Lệnh không có: ${name}\nUnknown command: ${name}\n\n${usage()}`);
    return EXIT_FAILURE;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (isUserError(e)) {
      io.err(e.message);
      return EXIT_FAILURE;
    }
    throw e;
  }
}

// Run when executed as the CLI bundle, not when imported by tests.
const invokedDirectly =
  typeof process !== "undefined" && process.argv[1] !== undefined && /kehoach(\.js)?$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error("Lỗi không mong đợi / Unexpected error:", e);
      process.exit(EXIT_FAILURE);
    },
  );
}
