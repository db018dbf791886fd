/**
 * A roster from untrusted data (a JSON file the user edited): every agency checked for the
 * fields the matching needs, the optional ones filled with defaults, so a missing field gives
 * a message naming the agency and the field instead of a crash deep in the matching.
 */
import { UserError } from "../errors";
import type { MessageKey, Params } from "../i18n";
import type { Agency, AgencyGroup, AgencyKind, OpenPhrase, Roster } from "./model";

const KINDS: readonly AgencyKind[] = ["department", "district", "local", "organisation", "bank", "external"];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function restoreRoster(data: unknown, source: string): Roster {
  const fail = (key: MessageKey, params: Params = {}): never => {
    throw new UserError("cli.rosterInvalid", { file: source, problem: { key, params } });
  };
  if (!isRecord(data)) return fail("roster.problem.notObject");
  if (!Array.isArray(data.agencies)) return fail("roster.problem.noAgencies");

  const text = (o: Record<string, unknown>, field: string, where: string, required: boolean): string => {
    const v = o[field];
    if (v === undefined || v === null) {
      if (required) fail("roster.problem.fieldMissing", { where, field });
      return "";
    }
    if (typeof v !== "string") return fail("roster.problem.notString", { where, field });
    if (required && v.trim() === "") return fail("roster.problem.empty", { where, field });
    return v;
  };
  const texts = (o: Record<string, unknown>, field: string, where: string): string[] => {
    const v = o[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      return fail("roster.problem.notStrings", { where, field });
    return v as string[];
  };

  const ids = new Set<string>();
  const agencies: Agency[] = data.agencies.map((raw: unknown, i: number): Agency => {
    const where = `agencies[${i}]`;
    if (!isRecord(raw)) return fail("roster.problem.entryNotObject", { where });
    const id = text(raw, "id", where, true);
    const name = text(raw, "name", where, true);
    if (ids.has(id)) fail("roster.problem.duplicateId", { where, id });
    ids.add(id);
    let kind: AgencyKind = "department";
    if (raw.kind !== undefined && raw.kind !== null) {
      if (!KINDS.includes(raw.kind as AgencyKind)) fail("roster.problem.badKind", { where, kinds: KINDS.join(", ") });
      kind = raw.kind as AgencyKind;
    }
    let reports = kind !== "external" && kind !== "organisation";
    if (raw.reports !== undefined && raw.reports !== null) {
      if (typeof raw.reports !== "boolean") fail("roster.problem.badReports", { where });
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
    if (!Array.isArray(list)) return fail("roster.problem.notArray", { field });
    return list.map((raw: unknown, i: number) => {
      const where = `${field}[${i}]`;
      if (!isRecord(raw)) return fail("roster.problem.entryNotObject", { where });
      return build(raw, where, text(raw, "id", where, true), text(raw, "name", where, true));
    });
  };
  const groups: AgencyGroup[] = named("groups", (o, where, id, name) => {
    const members = texts(o, "members", where);
    for (const m of members) if (!ids.has(m)) fail("roster.problem.unknownMember", { where, member: m });
    return { id, name, aliases: texts(o, "aliases", where), members };
  });
  const openPhrases: OpenPhrase[] = named("openPhrases", (o, where, id, name) => ({
    id,
    name,
    aliases: texts(o, "aliases", where),
  }));
  return { agencies, groups, openPhrases };
}
