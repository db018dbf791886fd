/** Value readers and label matching: what an agency types, and how it is read or refused. */
import { describe, expect, test } from "@jest/globals";
import { because } from "../../helpers/because";
import { editDistance, labelKey, matchColumnLabel, matchHeaderLabel } from "../../../src/core/report/labels";
import {
  formulaErrorOf,
  isPlausibleEmail,
  isPlausiblePhone,
  readDate,
  readNumber,
  readPeriod,
  readRole,
  readStatus,
  readTaskCode,
} from "../../../src/core/report/values";
import { agencyFromFileName, agencyFromName, periodFromFileName } from "../../../src/core/report/identity";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { serialFromIso } from "../../../src/core/dates";

describe("column labels", () => {
  test("case, marks, spacing, abbreviations, notes in brackets, aliases", () => {
    for (const [text, key] of [
      ["TÌNH TRẠNG", "status"],
      ["tinh  trang", "status"],
      ["Tình trạng\n(chọn trong danh sách)", "status"],
      ["Mã NV", "taskCode"],
      ["Ngày HT", "completedOn"],
      ["Kết quả TH", "result"],
      ["Khó khăn và vướng mắc", "difficulties"],
      ["ĐỀ XUẤT, KIẾN NGHỊ", "proposals"],
      ["TT", "no"],
    ] as const) {
      because(text, () => expect(matchColumnLabel(text)).toEqual({ key, fuzzy: false }));
    }
  });
  test("a typo is forgiven only when one label is that close", () => {
    expect(matchColumnLabel("Tình trạg thực hiện")).toEqual({ key: "status", fuzzy: true });
    expect(matchColumnLabel("Ket qua thuc hein")).toEqual({ key: "result", fuzzy: true });
    // Tone marks are folded away before comparing: a misplaced mark is no typo at all.
    expect(matchColumnLabel("Kết qủa thực hiên")).toEqual({ key: "result", fuzzy: false });
    // Short labels get no typo allowance: "Hn" for "Hạn" would be a guess.
    expect(matchColumnLabel("Hạn")).toEqual({ key: "deadline", fuzzy: false });
    expect(matchColumnLabel("Hn")).toBeNull();
    // "Thời hạn hoàn thành" is the deadline, "Thời gian hoàn thành" the completion date.
    expect(matchColumnLabel("Thời hn hoàn thành")).toEqual({ key: "deadline", fuzzy: true });
    // "thoi gan hoan thanh" is one edit from both: not guessed.
    expect(matchColumnLabel("Thời gan hoàn thành")).toBeNull();
    expect(matchColumnLabel("Kinh phí (triệu đồng)")).toBeNull();
  });
  test("header labels are exact only", () => {
    expect(matchHeaderLabel("Đơn vị báo cáo:")).toEqual({ key: "agency", fuzzy: false });
    expect(matchHeaderLabel("NGƯỜI LẬP BIỂU")).toEqual({ key: "preparedBy", fuzzy: false });
    expect(matchHeaderLabel("Đơn vị báo cáoo")).toBeNull();
  });
  test("edit distance with transpositions, capped", () => {
    expect(editDistance("tinh trang", "tinh trnag", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
    expect(labelKey("Nội dung của nhiệm vụ")).toBe(labelKey("Nội dung nhiệm vụ"));
  });
});

describe("values", () => {
  test("statuses: variants normalised, the rest refused", () => {
    expect(readStatus("Đã hoàn thành")).toEqual({ ok: true, value: "done", exact: true });
    expect(readStatus("đã HT")).toEqual({ ok: true, value: "done", exact: false });
    expect(readStatus("Hoàn thành")).toEqual({ ok: true, value: "done", exact: false });
    expect(readStatus("DANG  TH")).toEqual({ ok: true, value: "inProgress", exact: false });
    expect(readStatus("Chưa triển khai")).toEqual({ ok: true, value: "notStarted", exact: false });
    expect(readStatus("Tạm dừng")).toEqual({ ok: false });
    expect(readStatus(1)).toEqual({ ok: false });
    expect(readRole("CT")).toEqual({ ok: true, value: "CT", exact: false });
  });
  test("statuses: notes in brackets, a trailing 100%, common spellings and one-candidate typos", () => {
    const read = (t: string) => {
      const r = readStatus(t);
      return r.ok ? r.value : null;
    };
    expect(read("Hoàn thành 100%")).toBe("done");
    expect(read("Đã hoàn thành (100%)")).toBe("done");
    expect(read("Đã hoàn thành.")).toBe("done");
    expect(read("Đã thực hiện")).toBe("done");
    // Started, not finished.
    expect(read("Đã triển khai")).toBe("inProgress");
    expect(read("Đang triển khai thường xuyên")).toBe("inProgress");
    expect(read("Đã hoàn thnah")).toBe("done");
    expect(read("Đang thục hiện")).toBe("inProgress");
    expect(readStatus("Hoàn thành 100%")).toEqual({ ok: true, value: "done", exact: false });
    // Between "Đã thực hiện" and "Đang thực hiện" at one edit each: not guessed.
    expect(read("Dan thực hiện")).toBeNull();
    // Could be in progress or not started: refused.
    expect(read("Chưa hoàn thành")).toBeNull();
    expect(read("Tạm dừng")).toBeNull();
    expect(read("(100%)")).toBeNull();
  });
  test("dates: serials, date cells, text forms; impossible dates are invalid", () => {
    const serial = serialFromIso("2022-11-15");
    expect(readDate({ kind: "date", serial: serial + 0.5 })).toEqual({ kind: "ok", iso: "2022-11-15" });
    expect(readDate(serial)).toEqual({ kind: "ok", iso: "2022-11-15" });
    expect(readDate("15/11/2022")).toEqual({ kind: "ok", iso: "2022-11-15" });
    expect(readDate("5/1/22")).toEqual({ kind: "ok", iso: "2022-01-05" });
    expect(readDate("2022-11-15")).toEqual({ kind: "ok", iso: "2022-11-15" });
    expect(readDate("ngày 15 tháng 11 năm 2022")).toEqual({ kind: "ok", iso: "2022-11-15" });
    expect(readDate("31/02/2022")).toEqual({ kind: "invalid", text: "31/02/2022" });
    expect(readDate("tháng 11")).toEqual({ kind: "unrecognised", text: "tháng 11" });
    expect(readDate(12)).toEqual({ kind: "unrecognised", text: "12" });
    expect(readDate(null)).toEqual({ kind: "empty" });
  });
  test("numbers, e-mail, phone, formula errors, task codes, periods", () => {
    expect(readNumber("1.234.567,5")).toEqual({ kind: "ok", value: 1234567.5 });
    expect(readNumber("mười")).toEqual({ kind: "bad", text: "mười" });
    expect(isPlausibleEmail("ldtbxh@kontum.gov.vn")).toBe(true);
    expect(isPlausibleEmail("ldtbxh@kontum")).toBe(false);
    expect(isPlausibleEmail("a b@x.vn")).toBe(false);
    expect(isPlausiblePhone("(0260) 3.862.123")).toBe(true);
    expect(isPlausiblePhone("gọi 113")).toBe(false);
    expect(isPlausibleEmail("a@kontum.gov.vn; b@gmail.com")).toBe(true);
    expect(isPlausibleEmail("a@kontum.gov.vn; b@")).toBe(false);
    expect(isPlausiblePhone("0260 3862 123 - 0905 123 456")).toBe(true);
    expect(isPlausiblePhone("0260 3862 123; 12")).toBe(false);
    expect(formulaErrorOf({ kind: "error", code: "#N/A" })).toBe("#N/A");
    expect(formulaErrorOf(" #ref! ")).toBe("#REF!");
    expect(formulaErrorOf("#DIV/0!")).toBe("#DIV/0!");
    expect(formulaErrorOf("#1 ưu tiên")).toBeNull();
    expect(readTaskCode("1.1.")).toBe("1.1");
    expect(readTaskCode("NV 2.6")).toBe("2.6");
    expect(readTaskCode(4.8)).toBe("4.8");
    expect(readTaskCode("Nhiệm vụ khác")).toBe("Nhiệm vụ khác");
    expect(readPeriod("Năm 2022")).toBe("2022");
    expect(readPeriod("2021-2025")).toBeNull();
  });
});

describe("identity from a file name", () => {
  const roster = indexRoster(KONTUM_ROSTER);
  test("short names, ids, squeezed names, districts by place name", () => {
    const id = (f: string) => agencyFromFileName(f, roster)?.id ?? null;
    expect(id("4587-KH-UBND_2022_So-LDTBXH.xlsx")).toBe("SLDTBXH");
    expect(id("bao cao So Tai chinh 2022.xlsx")).toBe("STC");
    expect(id("BC_SoTaiChinh_2022.xlsx")).toBe("STC");
    expect(id("SKHDT-bao-cao.xlsx")).toBe("SKHDT");
    expect(id("Dak Ha - bao cao 4587.xlsx")).toBe("HDAKHA");
    expect(id("4587-KH-UBND_2022_UBND-huyen-Kon-Ray.xlsx")).toBe("HKONRAY");
    expect(id("4587-KH-UBND_2022_UBND-TP-Kon-Tum.xlsx")).toBe("TPKONTUM");
    // "Kon Tum" alone is the province, not the city.
    expect(id("bao cao tinh Kon Tum.xlsx")).toBeNull();
    // Nothing to go on, or two agencies equally named: no guess.
    expect(id("bao cao.xlsx")).toBeNull();
    expect(id("So Tai chinh va So Tu phap.xlsx")).toBeNull();
    expect(periodFromFileName("4587-KH-UBND_2022_So-LDTBXH.xlsx")).toBe("2022");
    expect(periodFromFileName("bc 2021 va 2022.xlsx")).toBeNull();
  });
  test("a header name with words added still names its agency; a group or two names do not", () => {
    const id = (n: string) => agencyFromName(n, roster)?.id ?? null;
    expect(id("Sở Tài chính")).toBe("STC");
    expect(id("SỞ TÀI CHÍNH TỈNH KON TUM")).toBe("STC");
    expect(id("Phòng Lao động - TBXH huyện Đắk Hà")).toBe("HDAKHA");
    expect(id("UBND các huyện, thành phố")).toBeNull();
    expect(id("Sở Tài chính, Sở Tư pháp")).toBeNull();
  });
});
