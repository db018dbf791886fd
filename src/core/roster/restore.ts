/**
 * A roster from untrusted data (a JSON file the user edited): every agency checked for the
 * fields the matching needs, the optional ones filled with defaults, so a missing field gives
 * a message naming the agency and the field instead of a crash deep in the matching.
 */
import { UserError } from "../errors";
import type { Agency, AgencyGroup, AgencyKind, OpenPhrase, Roster } from "./model";

const KINDS: readonly AgencyKind[] = ["department", "district", "local", "organisation", "bank", "external"];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function restoreRoster(data: unknown, source: string): Roster {
  const fail = (problem: string): never => {
    throw new UserError("cli.rosterInvalid", { file: source, problem });
  };
  if (!isRecord(data))
    return fail(
      "JSON gốc phải là một đối tượng { agencies: [...] } / the top level must be an object { agencies: [...] }",
    );
  if (!Array.isArray(data.agencies)) return fail("thiếu mảng agencies / agencies[] missing");

  const text = (o: Record<string, unknown>, field: string, where: string, required: boolean): string => {
    const v = o[field];
    if (v === undefined || v === null) {
      if (required) fail(`${where}: thiếu trường "${field}" / field "${field}" missing`);
      return "";
    }
    if (typeof v !== "string") return fail(`${where}: "${field}" phải là chuỗi / "${field}" must be a string`);
    if (required && v.trim() === "") return fail(`${where}: "${field}" đang để trống / "${field}" is empty`);
    return v;
  };
  const texts = (o: Record<string, unknown>, field: string, where: string): string[] => {
    const v = o[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      return fail(`${where}: "${field}" phải là mảng chuỗi / "${field}" must be an array of strings`);
    return v as string[];
  };

  const ids = new Set<string>();
  const agencies: Agency[] = data.agencies.map((raw: unknown, i: number): Agency => {
    const where = `agencies[${i}]`;
    if (!isRecord(raw)) return fail(`${where}: phải là một đối tượng / must be an object`);
    const id = text(raw, "id", where, true);
    const name = text(raw, "name", where, true);
    if (ids.has(id)) fail(`${where}: mã "${id}" bị trùng / id "${id}" is repeated`);
    ids.add(id);
    let kind: AgencyKind = "department";
    if (raw.kind !== undefined && raw.kind !== null) {
      if (!KINDS.includes(raw.kind as AgencyKind))
        fail(`${where}: "kind" phải là một trong ${KINDS.join(", ")} / "kind" must be one of ${KINDS.join(", ")}`);
      kind = raw.kind as AgencyKind;
    }
    let reports = kind !== "external" && kind !== "organisation";
    if (raw.reports !== undefined && raw.reports !== null) {
      if (typeof raw.reports !== "boolean")
        fail(`${where}: "reports" phải là true hoặc false / "reports" must be true or false`);
      reports = raw.reports as boolean;
    }
    return {
      id,
      name,
      short: text(raw, "short", where, false) || name,
      aliases: texts(raw, "aliases", where),
      kind,
      email: text(raw, "email", where, false),
      reports,
    };
  });

  const named = <T>(
    field: "groups" | "openPhrases",
    build: (o: Record<string, unknown>, where: string, id: string, name: string) => T,
  ): T[] => {
    const list = data[field];
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) return fail(`"${field}" phải là một mảng / "${field}" must be an array`);
    return list.map((raw: unknown, i: number) => {
      const where = `${field}[${i}]`;
      if (!isRecord(raw)) return fail(`${where}: phải là một đối tượng / must be an object`);
      return build(raw, where, text(raw, "id", where, true), text(raw, "name", where, true));
    });
  };
  const groups: AgencyGroup[] = named("groups", (o, where, id, name) => {
    const members = texts(o, "members", where);
    for (const m of members)
      if (!ids.has(m)) fail(`${where}: thành viên "${m}" không có trong agencies / member "${m}" is not in agencies`);
    return { id, name, aliases: texts(o, "aliases", where), members };
  });
  const openPhrases: OpenPhrase[] = named("openPhrases", (o, where, id, name) => ({
    id,
    name,
    aliases: texts(o, "aliases", where),
  }));
  return { agencies, groups, openPhrases };
}
