import { defineMessages } from "./define";

// Texts of the ui area. Keys are dotted: "ui.something".
export const uiMessages = defineMessages(
  {
    "ui.placeholder": "(chưa dùng)",
  },
  {
    "ui.placeholder": "(unused)",
  },
);
