/**
 * The steps' state in the pane: what the workbook says (its sheets, imports and steps' records),
 * the step the user works on, the folded steps opened again, and the recording of a step's run.
 */
import * as React from "react";
import type { WorkbookPort } from "../core/ports/workbook";
import type { PlanState } from "../app/plan-state";
import { readWorkbookFacts, recordStep, type WorkbookFacts } from "../app/workbook-facts";
import { importsFingerprint, planFingerprint, type StepId, type StepInputs, type StepResult } from "../app/step-state";
import type { StepStatusValue } from "./components/step-status";
import { stepStates } from "./pane-shell";

export function useStepStatus(port: WorkbookPort, plan: PlanState | null, asOf: string, period: string) {
  const [facts, setFacts] = React.useState<WorkbookFacts>({ sheetNames: [], imports: [], steps: [] });
  const [current, setCurrent] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState<ReadonlySet<string>>(new Set());

  const setOpen = React.useCallback((id: string, open: boolean) => {
    setOpened((o) => {
      const next = new Set(o);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
    setCurrent((c) => (c === id && !open ? null : c));
  }, []);

  /** Notes in the workbook that the step ran, on this plan and these settings, with this result. */
  const record = React.useCallback(
    async (step: StepId, state: PlanState, result: StepResult, settings: { asOf: string; period: string }) => {
      try {
        const now = await readWorkbookFacts(port);
        const run = {
          step,
          ranAt: new Date().toISOString(),
          inputs: {
            ...settings,
            plan: planFingerprint(state),
            imports: importsFingerprint(now.imports, now.sheetNames),
          },
          result,
        };
        // The records were read with the facts just now: written back without reading them again.
        const steps = await recordStep(port, run, now.steps);
        setFacts({ ...now, steps });
      } catch {
        // The step's own work is done and stands; only the note of when it ran is missing.
      }
    },
    [port],
  );

  const inputs: StepInputs = React.useMemo(
    () => ({
      plan: plan ? planFingerprint(plan) : null,
      imports: importsFingerprint(facts.imports, facts.sheetNames),
      asOf,
      period,
    }),
    [plan, facts, asOf, period],
  );

  const status: StepStatusValue = React.useMemo(
    () => ({
      states: stepStates(facts, inputs, plan),
      current,
      opened,
      setOpen,
      now: { asOf, period },
      sheetNames: facts.sheetNames,
    }),
    [facts, inputs, plan, current, opened, setOpen, asOf, period],
  );

  return { facts, setFacts, status, setCurrent, setOpen, record };
}
