import { defineMessages } from "./define";

// Texts of the plan area. Keys are dotted: "plan.something".
export const planMessages = defineMessages(
  {
    "plan.placeholder": "(chưa dùng)",
  },
  {
    "plan.placeholder": "(unused)",
  },
);
