/**
 * Cancellation: the one error a step or a write throws when the user pressed Cancel. It is a
 * UserError, so every front end shows it like any other message ("Đã hủy…"), and the workbook
 * is as it was (writes undo themselves, see WorkbookPort.writeSheets).
 */
import { UserError } from "../errors";

export class CancelledError extends UserError {
  constructor() {
    super("ui.error.cancelled");
    this.name = "CancelledError";
  }
}

/** Throws CancelledError when the signal was aborted; the check between two pieces of work. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
