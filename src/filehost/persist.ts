/**
 * Work in progress kept in the browser (IndexedDB), so a reload, a crash or a closed tab loses
 * nothing that was not downloaded. One record: the workbook as .xlsx bytes, its charts, its
 * file name, when it was kept, and whether it has changes not downloaded. Stays on this
 * computer, in this browser profile. Every function resolves (false / null) where the browser
 * refuses storage (private windows, no space): the shell then warns the user to download.
 */
import type { ChartSpec } from "../core/sheet-model";

const DB = "kehoach-filehost";
const STORE = "work";
const KEY = "current";

export interface StoredWork {
  fileName: string;
  bytes: Uint8Array;
  charts: { name: string; charts: ChartSpec[] }[];
  /** ISO time it was kept */
  savedAt: string;
  /** changes since the last download */
  dirty: boolean;
}

function openDb(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      if (typeof indexedDB === "undefined") return resolve(null);
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

async function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest, map: (r: unknown) => T) {
  const db = await openDb();
  if (!db) return null;
  try {
    return await new Promise<T | null>((resolve) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(map(req.result));
      tx.onerror = () => resolve(null);
      tx.onabort = () => resolve(null);
    });
  } catch {
    return null;
  } finally {
    db.close();
  }
}

export async function keepWork(work: StoredWork): Promise<boolean> {
  return (
    (await run(
      "readwrite",
      (s) => s.put(work, KEY),
      () => true,
    )) ?? false
  );
}

function isStoredWork(x: unknown): x is StoredWork {
  const w = x as StoredWork | undefined;
  return (
    typeof w === "object" &&
    w !== null &&
    typeof w.fileName === "string" &&
    w.bytes instanceof Uint8Array &&
    Array.isArray(w.charts) &&
    typeof w.savedAt === "string" &&
    typeof w.dirty === "boolean"
  );
}

/** The kept work, or null when there is none (or it is not in the shape this version writes). */
export async function keptWork(): Promise<StoredWork | null> {
  return run(
    "readonly",
    (s) => s.get(KEY),
    (r) => (isStoredWork(r) ? r : null),
  );
}

export async function forgetWork(): Promise<boolean> {
  return (
    (await run(
      "readwrite",
      (s) => s.delete(KEY),
      () => true,
    )) ?? false
  );
}
