import { defineMessages } from "./define";

// Texts of the summary area. Keys are dotted: "summary.something".
export const summaryMessages = defineMessages(
  {
    "summary.placeholder": "(chưa dùng)",
  },
  {
    "summary.placeholder": "(unused)",
  },
);
