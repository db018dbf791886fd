import type { Plan } from "./plan/model";
import type { RosterIndex } from "./roster/match";
import type { AssignmentMatrix } from "./matrix-model";

/** Tasks × agencies from the plan's assignments, resolved through the roster. */
export function buildMatrix(plan: Plan, roster: RosterIndex): AssignmentMatrix {
  void plan;
  void roster;
  throw new Error("buildMatrix: landing shortly");
}
