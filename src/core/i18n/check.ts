import { defineMessages } from "./define";

// Texts of the check area. Keys are dotted: "check.something".
export const checkMessages = defineMessages(
  {
    "check.placeholder": "(chưa dùng)",
  },
  {
    "check.placeholder": "(unused)",
  },
);
