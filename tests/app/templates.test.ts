import { describe, expect, it } from "@jest/globals";
import { makeTemplates, templateAgencies } from "../../src/app/templates";
import { CancelledError } from "../../src/core/ports/cancel";
import type { FileCodecs } from "../../src/core/ports/codecs";
import type { TemplateContent } from "../../src/core/template/build";
import { kontumState, PERIOD } from "./fixture";

/** A template writer that records what it was given: the layout is the writer's own test. */
function recording() {
  const seen: TemplateContent[] = [];
  const codecs: Pick<FileCodecs, "writeTemplate"> = {
    writeTemplate: async (content) => {
      seen.push(content);
      return new TextEncoder().encode(content.agency.id);
    },
  };
  return { seen, codecs };
}

describe("makeTemplates (step 2)", () => {
  const state = kontumState();

  it("makes one file per chosen agency, in the roster's order, with progress", async () => {
    const all = templateAgencies(state);
    const chosen = [all[2]!.id, all[0]!.id];
    const { seen, codecs } = recording();
    const progress: [number, number, string | undefined][] = [];
    const files = await makeTemplates(state, PERIOD, chosen, codecs, undefined, (d, t, l) => progress.push([d, t, l]));
    expect(files.map((f) => f.agencyId)).toEqual([all[0]!.id, all[2]!.id]);
    // each step says which agency's template is done
    expect(progress).toEqual([
      [1, 2, all[0]!.short],
      [2, 2, all[2]!.short],
    ]);
    expect(seen.map((c) => c.agency.id)).toEqual([all[0]!.id, all[2]!.id]);
    for (const f of files) {
      expect(f.fileName).toMatch(/\.xlsx$/);
      expect(f.fileName).toContain(PERIOD);
      expect(new TextDecoder().decode(f.bytes)).toBe(f.agencyId);
    }
  });

  it("ignores ids that need no template and stops on Cancel", async () => {
    const { codecs } = recording();
    expect(await makeTemplates(state, PERIOD, ["KHONG-CO"], codecs)).toEqual([]);
    const ac = new AbortController();
    ac.abort();
    const ids = templateAgencies(state).map((a) => a.id);
    await expect(makeTemplates(state, PERIOD, ids, codecs, ac.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});
