import { describe, expect, it } from "@jest/globals";
import { CancelledError, throwIfCancelled } from "../../../src/core/ports/cancel";
import { isUserError } from "../../../src/core/errors";
import { t } from "../../../src/core/i18n";

describe("the one cancel error", () => {
  it("is a user error with the cancel message in both languages", () => {
    const e = new CancelledError();
    expect(isUserError(e)).toBe(true);
    expect(e.name).toBe("CancelledError");
    expect(e.messageIn("vi")).toBe(t("vi", "ui.error.cancelled"));
    expect(e.messageIn("en")).toBe(t("en", "ui.error.cancelled"));
    expect(e.message).toContain(t("vi", "ui.error.cancelled"));
  });

  it("is thrown only once the signal is aborted", () => {
    const ac = new AbortController();
    expect(() => throwIfCancelled(undefined)).not.toThrow();
    expect(() => throwIfCancelled(ac.signal)).not.toThrow();
    ac.abort();
    expect(() => throwIfCancelled(ac.signal)).toThrow(CancelledError);
  });
});
