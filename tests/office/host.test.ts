/**
 * The start-up decision: inside Excel → the Office.js port; a page where office.js is missing,
 * says "no host", fails, or never answers → the browser version (after the wait).
 */
import { afterEach, describe, expect, it } from "@jest/globals";
import { initOffice } from "../../src/office/host";

const g = globalThis as unknown as Record<string, unknown>;

function fakeOffice(onReady: () => Promise<unknown>): void {
  g.Office = {
    onReady,
    HostType: { Excel: "Excel", Word: "Word" },
    context: { displayLanguage: "en-US" },
  };
}

afterEach(() => {
  delete g.Office;
});

describe("initOffice", () => {
  it("starts the browser version when office.js could not be loaded", async () => {
    expect(await initOffice(50)).toEqual({ inExcel: false, displayLanguage: null });
  });

  it("uses Excel with Office's language when the host is Excel", async () => {
    fakeOffice(async () => ({ host: "Excel", platform: "PC" }));
    expect(await initOffice(50)).toEqual({ inExcel: true, displayLanguage: "en-US" });
  });

  it("starts the browser version outside a host, in another Office host, or when Office.onReady fails", async () => {
    for (const answer of [
      async () => ({ host: null, platform: null }),
      async () => ({ host: "Word", platform: "PC" }),
      async () => Promise.reject(new Error("boom")),
    ]) {
      fakeOffice(answer);
      expect(await initOffice(50)).toEqual({ inExcel: false, displayLanguage: null });
    }
  });

  it("gives up waiting for an office.js that never answers, in a plain page", async () => {
    fakeOffice(() => new Promise(() => undefined));
    const started = Date.now();
    expect(await initOffice(100)).toEqual({ inExcel: false, displayLanguage: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });
});
