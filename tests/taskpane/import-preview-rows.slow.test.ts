/**
 * The import preview with many files: the list scrolls in 320 px, so the first 40 rows are drawn
 * and the rest as the end of the list comes into view (200 rows drawn at once were a 0.5 s block).
 * The tally above the list counts every file, drawn or not.
 */
import { describe, expect, it } from "@jest/globals";
import path from "node:path";
import { eventually } from "../helpers/because";
import { paneSuite } from "./pane-page";
import { xlsxOf } from "../xlsx/hostile/hostile-files";

const { shots: SHOTS, openPane } = paneSuite("import-preview-rows");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe("the import preview of a large batch", () => {
  it("draws 40 rows, says how many more, and draws them when the list is scrolled to its end", async () => {
    const { page, errors } = await openPane();
    const bytes = Buffer.from(await xlsxOf());
    // 45 copies of one return: the first is new, the others the same bytes (skipped)
    const files = Array.from({ length: 45 }, (_, i) => ({
      name: `bao-cao-${i + 1}.xlsx`,
      mimeType: XLSX,
      buffer: bytes,
    }));
    await page.getByTestId("import-files").setInputFiles(files);
    const rows = page.getByTestId("import-pending-row");
    await eventually(
      () => page.getByTestId("import-tally").innerText(),
      (t) => expect(t).toMatch(/44/),
    );
    expect(await rows.count()).toBe(40);
    expect(await page.getByTestId("import-pending-more").innerText()).toContain("5 tệp nữa");
    await page.locator(`[data-step="import"]`).screenshot({ path: path.join(SHOTS, "40-hang.png") });
    await page.getByTestId("import-pending-more").scrollIntoViewIfNeeded();
    await eventually(
      () => rows.count(),
      (n) => expect(n).toBe(45),
    );
    expect(await page.getByTestId("import-pending-more").count()).toBe(0);
    expect(await rows.nth(44).getAttribute("data-verdict")).toBe("duplicate");
    expect(errors).toEqual([]);
  });
});
