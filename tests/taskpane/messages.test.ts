import { describe, expect, it } from "@jest/globals";
import { errorMessage, translator } from "../../src/taskpane/messages";
import { UserError } from "../../src/core/errors";
import { t } from "../../src/core/i18n";
import { interpolate } from "../../src/core/i18n/define";

/** What OfficeExtension.Error looks like to the pane: a code, and a message that often repeats it. */
function excelError(code: string, message = code): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("the pane's error messages", () => {
  const vi = translator("vi");
  const en = translator("en");

  it("says Excel's own error codes in plain words in both languages, never the code twice", () => {
    for (const code of ["GeneralException", "ItemNotFound", "InvalidArgument", "AccessDenied"]) {
      const e = excelError(code);
      const textVi = errorMessage(e, vi, "vi");
      const textEn = errorMessage(e, en, "en");
      expect(textVi).not.toContain(code);
      expect(textEn).not.toContain(code);
      expect(textVi).toContain(t("vi", `ui.excel.${code}` as never));
      expect(textEn).toContain(t("en", `ui.excel.${code}` as never));
    }
    expect(errorMessage(excelError("GeneralException"), en, "en")).not.toMatch(/GeneralException — GeneralException/);
  });

  it("names an unknown Excel code so support can look it up, without Excel's English text", () => {
    const text = errorMessage(excelError("SomethingNew", "The operation failed because of X."), vi, "vi");
    expect(text).toContain("SomethingNew");
    expect(text).not.toContain("The operation failed");
  });

  it("does not take a browser exception's numeric code for an Excel error", () => {
    const denied = Object.assign(new Error("Write permission denied."), { name: "NotAllowedError", code: 0 });
    expect(errorMessage(denied, en, "en")).toBe(t("en", "ui.error.unexpected", { reason: "Write permission denied." }));
  });

  it("tells file errors without command-line options or zip part names", () => {
    const cases = [
      new UserError("files.tooLarge", { file: "bc.xlsx", size: 40, limit: 30 }),
      new UserError("files.notWorkbookZip", { file: "bc.xlsx" }),
      new UserError("files.partMissing", { file: "bc.xlsx", part: "xl/worksheets/sheet1.xml" }),
      new UserError("files.xmlMalformed", { file: "bc.xlsx", part: "xl/sharedStrings.xml", offset: 10 }),
      new UserError("files.duplicateZipEntry", { file: "bc.xlsx", part: "xl/workbook.xml" }),
      new UserError("files.xmlUnsafe", { file: "bc.xlsx", part: "xl/workbook.xml" }),
      new UserError("files.tooManyXmlElements", { file: "bc.xlsx", part: "xl/worksheets/sheet1.xml", limit: 9 }),
    ];
    for (const e of cases)
      for (const [tr, locale] of [
        [vi, "vi"],
        [en, "en"],
      ] as const) {
        const text = errorMessage(e, tr, locale);
        expect(text).toContain("bc.xlsx");
        expect(text).not.toMatch(/xl\/|--[a-z]|\.xml\b/);
      }
    // The command line keeps its precise wording.
    expect(new UserError("files.notWorkbookZip", { file: "bc.xlsx" }).message).toContain("xl/workbook.xml");
  });

  it("keeps every other user error's own text", () => {
    const e = new UserError("ui.error.nothingImported");
    expect(errorMessage(e, en, "en")).toBe(t("en", "ui.error.nothingImported"));
  });
});

describe("English plurals", () => {
  it("chooses the singular for one and the plural otherwise", () => {
    const tpl = "{count} {count|error|errors}";
    expect(interpolate(tpl, { count: 1 })).toBe("1 error");
    expect(interpolate(tpl, { count: 2 })).toBe("2 errors");
    expect(interpolate(tpl, { count: 0 })).toBe("0 errors");
    expect(interpolate(tpl, {})).toBe("{count} {count|error|errors}");
  });

  it("reads right in the pane's counts and headlines", () => {
    expect(t("en", "ui.check.errors", { count: 1 })).toBe("1 error");
    expect(t("en", "ui.check.errors", { count: 3 })).toBe("3 errors");
    expect(t("en", "ui.check.warnings", { count: 1 })).toBe("1 warning");
    expect(t("en", "ui.triage.headline", { files: 1, errors: 1, warnings: 2, notes: 1 })).toBe(
      "Latest version of 1 report: 1 error, 2 warnings, 1 note.",
    );
    expect(t("en", "ui.self.foundAll", { errors: 1, warnings: 1 })).toMatch(/^1 error and 1 warning,/);
    expect(t("en", "ui.import.run", { count: 1 })).toBe("Import 1 file");
    expect(t("en", "ui.remind.done", { count: 1 })).toMatch(/^1 agency needs a reminder/);
    // Vietnamese has no plural forms: the same words for any count.
    expect(t("vi", "ui.check.errors", { count: 1 })).toBe("1 lỗi");
  });

  it("leaves no '(s)' in English texts the pane or the command line show", () => {
    const keys = [
      "check.summary.totals",
      "check.summary.omitted",
      "summary.rem.reason.errors",
      "summary.rem.reason.uncovered",
      "summary.cli.reading",
    ] as const;
    for (const k of keys)
      expect(t("en", k, { count: 1, files: 1, errors: 1, warnings: 1, infos: 1 })).not.toMatch(/\(s\)/);
    expect(t("en", "check.summary.totals", { files: 1, errors: 1, warnings: 2, infos: 0 })).toBe(
      "1 file: 1 error, 2 warnings, 0 notes.",
    );
  });
});
