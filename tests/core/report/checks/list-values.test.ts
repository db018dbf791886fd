import { describe, it, expect } from "@jest/globals";
import { checkListValues } from "../../../../src/core/report/checks/list-values";
import { taskCell } from "../../../fixtures/deviations/grids";
import { content, only, runCheck, withFills } from "./run-check";

const at = (code: string) => taskCell(content, code, "status");

describe("checkListValues", () => {
  it("finds nothing in statuses written as the list has them", () => {
    expect(runCheck(checkListValues, withFills({}))).toEqual([]);
  });

  it("refuses a status that is not in the list, naming the allowed values", () => {
    const f = only(runCheck(checkListValues, withFills({ "1.1": { status: "Đã xong rồi ạ" } })), "not-in-list");
    expect(f).toMatchObject({ severity: "error", cell: at("1.1"), field: "status", value: "Đã xong rồi ạ" });
    expect(f.params).toEqual({
      field: "status",
      value: "Đã xong rồi ạ",
      allowed: "Đã hoàn thành, Đang thực hiện, Chưa thực hiện",
      task: "1.1",
    });
  });

  it("reads a usual abbreviation and says how it read it", () => {
    const f = only(runCheck(checkListValues, withFills({ "1.1": { status: "đang TH" } })), "value-normalised");
    expect(f).toMatchObject({ severity: "info", cell: at("1.1") });
    expect(f.params).toEqual({ value: "đang TH", normalised: "Đang thực hiện" });
  });
});
