/**
 * Jest's `expect` takes one argument. `because(message, () => expect(x).toBe(y))` keeps the
 * reason a failing assertion was written for: the message is put in front of jest's own.
 */
export function because(message: string, assertion: () => void): void {
  try {
    assertion();
  } catch (error) {
    if (error instanceof Error) error.message = `${message}\n\n${error.message}`;
    throw error;
  }
}

/**
 * Waits until `read()` gives a value that `assertion` accepts (as a page settles), then returns;
 * after `timeoutMs` the last failure is thrown.
 */
export async function eventually<T>(
  read: () => Promise<T> | T,
  assertion: (value: T) => void,
  timeoutMs = 10_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion(await read());
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
