import type { Agency, AgencyKind, Roster } from "./model";
import type { Cell, Sheet } from "../grid";
import type { OutSheet } from "../sheet-model";
import { foldKey } from "../text";
import { UserError } from "../errors";

/**
 * The roster as the editable sheet "Danh bạ đơn vị", and back. One table: agencies, groups
 * (their members listed by code) and open phrases, told apart by the "Loại" column, so a user
 * edits names, short names, e-mails and memberships in one place.
 */
export const ROSTER_SHEET = "Danh bạ đơn vị";

const KIND_LABELS: Record<AgencyKind | "group" | "open", string> = {
  department: "Sở, ban, ngành",
  district: "Huyện, thành phố",
  local: "Chính quyền địa phương",
  organisation: "Tổ chức, đoàn thể",
  bank: "Ngân hàng",
  external: "Nơi nhận báo cáo",
  group: "Nhóm",
  open: "Cụm từ chung",
};

const COLUMNS = [
  { key: "id", label: "Mã", width: 12 },
  { key: "name", label: "Tên đầy đủ", width: 48 },
  { key: "short", label: "Tên viết tắt", width: 20 },
  { key: "kind", label: "Loại", width: 18 },
  { key: "email", label: "Email", width: 28 },
  { key: "reports", label: "Gửi báo cáo", width: 12 },
  { key: "aliases", label: "Tên gọi khác (cách nhau bởi ;)", width: 48 },
  { key: "members", label: "Thành viên (mã, cách nhau bởi ;)", width: 40 },
] as const;

type ColKey = (typeof COLUMNS)[number]["key"];

export function rosterToSheet(roster: Roster): OutSheet {
  const rows: OutSheet["rows"] = [
    {
      cells: ["DANH BẠ ĐƠN VỊ — sửa tên, tên viết tắt, email tại đây; các bước sau đọc lại sheet này"],
      style: "title",
    },
    { cells: COLUMNS.map((c) => c.label), style: "header" },
  ];
  for (const a of roster.agencies) {
    rows.push({
      cells: [
        a.id,
        a.name,
        a.short,
        KIND_LABELS[a.kind],
        a.email,
        a.reports ? "Có" : "Không",
        a.aliases.join("; "),
        "",
      ],
    });
  }
  for (const g of roster.groups)
    rows.push({ cells: [g.id, g.name, "", KIND_LABELS.group, "", "", g.aliases.join("; "), g.members.join("; ")] });
  for (const o of roster.openPhrases)
    rows.push({ cells: [o.id, o.name, "", KIND_LABELS.open, "", "", o.aliases.join("; "), ""] });
  return {
    name: ROSTER_SHEET,
    columns: COLUMNS.map((c) => ({ width: c.width })),
    rows,
    freeze: { rows: 2, cols: 1 },
    autoFilter: `A2:H${rows.length}`,
    print: { landscape: true, fitToWidth: true },
  };
}

function text(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "object") return "";
  return String(c).trim();
}

function list(s: string): string[] {
  return s
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Reads the roster sheet back. Rows the user broke are reported with their row number. */
export function rosterFromSheet(sheet: Sheet): Roster {
  const headerRow = sheet.rows.findIndex(
    (r) => r.some((c) => foldKey(text(c)) === "ma") && r.some((c) => foldKey(text(c)).startsWith("ten day du")),
  );
  if (headerRow < 0) throw new UserError("plan.rosterSheetMissing", { sheet: sheet.name });
  const header = sheet.rows[headerRow]!;
  const col = new Map<ColKey, number>();
  for (const c of COLUMNS) {
    const i = header.findIndex(
      (h) => foldKey(text(h)) === foldKey(c.label) || foldKey(text(h)).startsWith(foldKey(c.label.split(" (")[0]!)),
    );
    if (i >= 0) col.set(c.key, i);
  }
  const kindByLabel = new Map(Object.entries(KIND_LABELS).map(([k, v]) => [foldKey(v), k]));
  const roster: Roster = { agencies: [], groups: [], openPhrases: [] };
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const get = (k: ColKey) => text(row[col.get(k) ?? -1]);
    const id = get("id");
    const name = get("name");
    if (!id && !name) continue;
    if (!id) throw new UserError("plan.rosterRowNoCode", { sheet: sheet.name, row: r + 1 });
    if (!name) throw new UserError("plan.rosterRowNoName", { sheet: sheet.name, row: r + 1, id });
    if (seen.has(id)) throw new UserError("plan.rosterRowDuplicate", { sheet: sheet.name, row: r + 1, id });
    seen.add(id);
    const kind = kindByLabel.get(foldKey(get("kind"))) ?? "department";
    if (kind === "group")
      roster.groups.push({ id, name, aliases: list(get("aliases")), members: list(get("members")) });
    else if (kind === "open") roster.openPhrases.push({ id, name, aliases: list(get("aliases")) });
    else {
      const agency: Agency = {
        id,
        name,
        short: get("short") || name,
        aliases: list(get("aliases")),
        kind: kind as AgencyKind,
        email: get("email"),
        reports: !/^(khong|no|0|false)$/.test(foldKey(get("reports"))),
      };
      roster.agencies.push(agency);
    }
  }
  return roster;
}
