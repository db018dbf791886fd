/**
 * The pane's frame around the steps: each step's state from the workbook, the focus brought back
 * after a step, and files dropped outside the import box.
 */
import * as React from "react";
import type { PlanState } from "../app/plan-state";
import type { WorkbookFacts } from "../app/workbook-facts";
import { importState, stepState, type StepId, type StepInputs, type StepState } from "../app/step-state";

/** Every step's state: the plan's from the plan itself, the import's from the log, the others from their records. */
export function stepStates(facts: WorkbookFacts, inputs: StepInputs, plan: PlanState | null): Map<StepId, StepState> {
  const states = new Map<StepId, StepState>();
  const recordOf = (id: StepId) => facts.steps.find((r) => r.step === id);
  states.set(
    "plan",
    plan
      ? {
          kind: "fresh",
          ranAt: recordOf("plan")?.ranAt ?? null,
          result: { tasks: plan.plan.tasks.length, agencies: plan.matrix.agencies.length },
        }
      : { kind: "todo" },
  );
  states.set("import", importState(facts.imports, facts.sheetNames));
  for (const id of ["templates", "check", "summary", "remind"] as const)
    states.set(id, plan ? stepState(id, recordOf(id), inputs) : { kind: "todo" });
  return states;
}

/**
 * Keyboard users keep their place: a step's button is disabled while it runs, which drops the
 * focus to the top of the page; when the step ends the focus goes back to that button, or to the
 * step's heading when the button is gone, unless the user has moved elsewhere meanwhile.
 */
export function useFocusReturn(busy: boolean): { start(): string | null } {
  const from = React.useRef<{ el: HTMLElement; step: string | null } | null>(null);
  React.useEffect(() => {
    if (busy || !from.current) return;
    const { el, step } = from.current;
    from.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && active !== el) return;
    if (el.isConnected && !(el as HTMLButtonElement).disabled) el.focus();
    else if (step) document.getElementById(`step-${step}-title`)?.focus();
  }, [busy]);
  return React.useMemo(
    () => ({
      start() {
        const a = document.activeElement;
        if (!(a instanceof HTMLElement) || a === document.body) return null;
        const step = a.closest("[data-step]")?.getAttribute("data-step") ?? null;
        from.current = { el: a, step };
        return step;
      },
    }),
    [],
  );
}

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");

/**
 * Files dragged over the pane open the import step (its box may be folded); files dropped outside
 * the box are not opened by the browser in place of the pane, and the user is told where to drop.
 */
export function useStrayDrops(onEnter: () => void, onStray: () => void): void {
  const handlers = React.useRef({ onEnter, onStray });
  handlers.current = { onEnter, onStray };
  React.useEffect(() => {
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const enter = (e: DragEvent) => {
      if (hasFiles(e)) handlers.current.onEnter();
    };
    const drop = (e: DragEvent) => {
      if (e.defaultPrevented || !hasFiles(e)) return;
      e.preventDefault();
      handlers.current.onStray();
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragenter", enter);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("drop", drop);
    };
  }, []);
}
