import { processIO, EXIT_FAILURE, EXIT_OK, type CliIO } from "./io";
import { runPlan } from "./commands/plan";
import { runTemplates } from "./commands/templates";
import { runCheck } from "./commands/check";
import { runConsolidate } from "./commands/consolidate";
import { runDemo } from "./commands/demo";
import { isUserError } from "../core/errors";
import { t, tBoth, type MessageKey } from "../core/i18n";

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  plan: runPlan,
  templates: runTemplates,
  check: runCheck,
  consolidate: runConsolidate,
  demo: runDemo,
};

const USAGE_KEYS = [
  "cli.usage.plan",
  "cli.usage.templates",
  "cli.usage.check",
  "cli.usage.consolidate",
  "cli.usage.demo",
] as const satisfies readonly MessageKey[];

function usage(): string {
  return [
    `${t("vi", "cli.usage.title")} / ${t("en", "cli.usage.title")}`,
    "",
    ...USAGE_KEYS.map((k) => "  " + t("vi", k)),
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
    io.err(`${tBoth("cli.unknownCommand", { name })}\n\n${usage()}`);
    return EXIT_FAILURE;
  }
  try {
    return await cmd(rest, io);
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
      console.error(`${t("vi", "cli.unexpected")} / ${t("en", "cli.unexpected")}:`, e);
      process.exit(EXIT_FAILURE);
    },
  );
}
