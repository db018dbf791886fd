import type { Frequency, Task } from "./plan/model";
import type { Agency } from "./roster/model";

/** A body's role in a task: chủ trì (lead), phối hợp (coordinate), triển khai thực hiện (implement). */
export type Role = "CT" | "PH" | "TH";

export interface Assignment {
  taskCode: string;
  agencyId: string;
  role: Role;
  /** the name in the plan that brought this agency in, e.g. a group name */
  via: string;
}

/** Tasks × agencies, ready for any writer: workbook sheet, .xlsx file, CSV. */
export interface AssignmentMatrix {
  tasks: Pick<Task, "code" | "section" | "title" | "deadlineText" | "deadline" | "frequency">[];
  /** agencies that appear in at least one task, in roster order */
  agencies: Agency[];
  assignments: Assignment[];
  /** open phrases ("các đơn vị, địa phương có liên quan") per task, kept as written */
  openCoordinators: Record<string, string[]>;
  /** names that matched nothing in the roster, reported, never guessed */
  unmatched: { taskCode: string; name: string }[];
}

export type { Frequency };
