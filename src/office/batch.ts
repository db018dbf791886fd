import { CancelledError } from "../core/ports/cancel";
import type { HostCapabilities } from "../core/ports/workbook";

/** Bytes per request; Excel on the web refuses above 5 MB, and the envelope adds some. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** A style op, a hyperlink or a merge: a generous estimate of its JSON size in a request. */
export const SMALL_OP_BYTES = 200;

/**
 * Queues operations and syncs before a request would exceed the budget, so the number of syncs
 * grows with the bytes sent, never with the number of sheets, rows or agencies.
 */
export class Batch {
  private bytes = 0;
  /** calculation is suspended per request, so again after each sync, before the next operation */
  private suspended = false;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: HostCapabilities,
    private readonly signal: AbortSignal | undefined,
  ) {}
  /** Makes room for `n` more bytes in the current request, syncing first when needed. */
  async reserve(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > REQUEST_BUDGET) await this.flush();
    if (!this.suspended && this.caps.suspendCalculation) {
      this.ctx.application.suspendApiCalculationUntilNextSync();
      this.suspended = true;
    }
    this.bytes += n;
  }
  async flush(): Promise<void> {
    if (this.signal?.aborted) throw new CancelledError();
    await this.ctx.sync();
    this.bytes = 0;
    this.suspended = false;
  }
}
