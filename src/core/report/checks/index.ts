/** All checks, in the order their findings are listed: the file's shape first, then its values, then the work. */
import type { Check } from "../context";
import { checkIdentity } from "./identity";
import { checkHeader } from "./header";
import { checkColumns } from "./columns";
import { checkTaskCodes } from "./task-codes";
import { checkCoverage } from "./coverage";
import { checkPrefilled } from "./prefilled";
import { checkRequired } from "./required";
import { checkListValues } from "./list-values";
import { checkDates } from "./dates";
import { checkNumbers } from "./numbers";
import { checkFormulaErrors } from "./formula-errors";
import { checkLegacyFont } from "./legacy-font";
import { checkTimeliness } from "./timeliness";
import { checkTaskDeadlines } from "./task-deadlines";

export const ALL_CHECKS: readonly { name: string; run: Check }[] = [
  { name: "identity", run: checkIdentity },
  { name: "header", run: checkHeader },
  { name: "columns", run: checkColumns },
  { name: "taskCodes", run: checkTaskCodes },
  { name: "coverage", run: checkCoverage },
  { name: "prefilled", run: checkPrefilled },
  { name: "required", run: checkRequired },
  { name: "listValues", run: checkListValues },
  { name: "dates", run: checkDates },
  { name: "numbers", run: checkNumbers },
  { name: "formulaErrors", run: checkFormulaErrors },
  { name: "legacyFont", run: checkLegacyFont },
  { name: "timeliness", run: checkTimeliness },
  { name: "taskDeadlines", run: checkTaskDeadlines },
];
