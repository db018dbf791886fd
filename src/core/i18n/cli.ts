import { defineMessages } from "./define";

// Texts of the cli area. Keys are dotted: "cli.something".
export const cliMessages = defineMessages(
  {
    "cli.placeholder": "(chưa dùng)",
  },
  {
    "cli.placeholder": "(unused)",
  },
);
