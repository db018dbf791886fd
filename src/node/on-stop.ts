/**
 * What a run has half-made on disk and must take back if it is stopped (Ctrl-C, `kill`): the
 * temporary file a writer is filling, the lock on an output. Each writer registers its undo for
 * as long as the thing exists; the CLI's signal handlers call undoUnfinished() and end the
 * process. Undos are synchronous, because the process ends right after them.
 */
const unfinished = new Set<() => void>();

/** Registers `undo` until the returned function is called (when the thing is finished or gone). */
export function undoIfStopped(undo: () => void): () => void {
  unfinished.add(undo);
  return () => void unfinished.delete(undo);
}

/** Runs every registered undo once; one that fails (the file is already gone) does not stop the others. */
export function undoUnfinished(): void {
  const undos = [...unfinished];
  unfinished.clear();
  for (const undo of undos) {
    try {
      undo();
    } catch {
      // already renamed or removed
    }
  }
}
