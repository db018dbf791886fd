import type { Plan } from "./model";
import { UserError } from "../errors";

/** Parses a plan's text into its model. Throws UserError when no task or assignment is found. */
export function parsePlan(text: string): Plan {
  void text;
  throw new UserError("plan.placeholder");
}
