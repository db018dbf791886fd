import { describe, expect, it } from "@jest/globals";
import { localTimeOf, vietnamDateTime } from "../../src/core/local-time";
import { nowInVietnam } from "../../src/node/clock";

describe("times people read are in Vietnam's time (UTC+7)", () => {
  it("writes an instant as Vietnam's date and time, crossing midnight as Kon Tum does", () => {
    expect(vietnamDateTime(new Date(Date.UTC(2022, 10, 20, 8, 0, 0)))).toBe("2022-11-20 15:00:00");
    expect(vietnamDateTime(new Date(Date.UTC(2022, 10, 14, 18, 30, 5)))).toBe("2022-11-15 01:30:05");
  });

  it("is the command line's form too", () => {
    const t = new Date(Date.UTC(2023, 0, 1, 23, 59, 59));
    expect(nowInVietnam(t)).toBe(vietnamDateTime(t));
  });

  it("shows a raw UTC instant of an older log in Vietnam's time, and keeps a local time as it is", () => {
    expect(localTimeOf("2022-11-20T08:00:00.000Z")).toBe("2022-11-20 15:00:00");
    expect(localTimeOf("2022-11-20T08:00:00+07:00")).toBe("2022-11-20 08:00:00");
    expect(localTimeOf("2022-11-20 15:00:00")).toBe("2022-11-20 15:00:00");
    expect(localTimeOf("")).toBe("");
    expect(localTimeOf("hôm qua")).toBe("hôm qua");
  });
});
