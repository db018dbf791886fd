import type { Plan } from "./model";

/** What the parser found, for the message "18 nhiệm vụ, 3 cần xem lại, 2 nghĩa vụ báo cáo". */
export interface PlanCounts {
  tasks: number;
  duties: number;
  review: number;
  reporting: number;
}

export function planCounts(plan: Plan): PlanCounts {
  return {
    tasks: plan.tasks.filter((t) => t.kind !== "duty").length,
    duties: plan.tasks.filter((t) => t.kind === "duty").length,
    review: plan.tasks.filter((t) => t.review).length,
    reporting: plan.reporting.length,
  };
}
