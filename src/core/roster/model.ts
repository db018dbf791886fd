/**
 * The agency roster (danh bạ đơn vị): data a user edits in the workbook, never logic.
 * Administrative units change (districts were abolished in 2025), so nothing in code may
 * assume a particular list.
 */

export type AgencyKind =
  | "department" // sở, ban, ngành thuộc UBND tỉnh
  | "district" // UBND huyện, thành phố (where a province still has districts)
  | "local" // chính quyền địa phương at any level (UBND xã, phường, đặc khu …): no level is assumed
  | "organisation" // MTTQ, đoàn thể
  | "bank" // Ngân hàng CSXH
  | "external"; // bodies that receive reports but do not report (UBND tỉnh, Bộ …)

export interface Agency {
  /** stable identifier, ASCII, used in file names and metadata, e.g. "SLDTBXH" */
  id: string;
  /** official name, e.g. "Sở Lao động - Thương binh và Xã hội" */
  name: string;
  /** short name, e.g. "Sở LĐTBXH" */
  short: string;
  /** other spellings met in texts and submissions */
  aliases: string[];
  kind: AgencyKind;
  email: string;
  /** must send reports to the focal point */
  reports: boolean;
}

/** A name that stands for several agencies, e.g. "Ủy ban nhân dân các huyện, thành phố". */
export interface AgencyGroup {
  id: string;
  name: string;
  aliases: string[];
  /** ids of member agencies */
  members: string[];
}

/** A phrase that names no definite body, kept as written: "các đơn vị, địa phương có liên quan". */
export interface OpenPhrase {
  id: string;
  name: string;
  aliases: string[];
}

export interface Roster {
  agencies: Agency[];
  groups: AgencyGroup[];
  openPhrases: OpenPhrase[];
}

/** What a name in a plan or a submission refers to. */
export type NameMatch =
  | { kind: "agency"; text: string; agency: Agency }
  | { kind: "group"; text: string; group: AgencyGroup; members: Agency[] }
  | { kind: "open"; text: string; phrase: OpenPhrase }
  | { kind: "unknown"; text: string };
