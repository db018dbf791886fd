/**
 * A fingerprint of the cells the writer prefills (mã nhiệm vụ, nội dung, vai trò, thời hạn),
 * stored in the hidden metadata sheet, so the checks can tell whether an agency changed them.
 *
 * What it covers, exactly:
 * - for each prefilled task row: taskCode, content, role (the label as shown, e.g. "Chủ trì")
 *   and deadline (the text as shown), each passed through `fingerprintField` (NFC, whitespace
 *   runs collapsed to one space, trimmed) so that a reader's harmless re-encoding does not count
 *   as a change; case and punctuation do count;
 * - the rows as a set: they are sorted (by the joined fields) before hashing, so moving rows
 *   does not change the fingerprint, while changing, adding or deleting a prefilled row does;
 * - not the STT column (renumbering is harmless), not the header block, not anything the
 *   agency fills in.
 * The hash is 64-bit FNV-1a over the UTF-8 bytes of the rows, fields joined by U+001F and rows
 * by U+001E; written as "fnv1a64:" + 16 lower-case hex digits. It detects accidents, not
 * forgery: anyone can recompute it.
 */

export interface PrefilledRow {
  taskCode: string;
  content: string;
  role: string;
  deadline: string;
}

const FINGERPRINT_PREFIX = "fnv1a64:";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** The normal form a prefilled field is compared in. */
export function fingerprintField(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

function rowKey(r: PrefilledRow): string {
  return [r.taskCode, r.content, r.role, r.deadline].map(fingerprintField).join("\u001f");
}

/** 64-bit FNV-1a of a byte string, as 16 hex digits. */
export function fnv1a64(bytes: Uint8Array): string {
  let h = FNV_OFFSET;
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * FNV_PRIME) & MASK_64;
  }
  return h.toString(16).padStart(16, "0");
}

export function fingerprintPrefilled(rows: readonly PrefilledRow[]): string {
  const keys = rows.map(rowKey).sort();
  return FINGERPRINT_PREFIX + fnv1a64(new TextEncoder().encode(keys.join("\u001e")));
}
