import type { Context } from "hono";

/**
 * Work the caller should not wait for (a log line, a usage count), handed to `waitUntil` so it
 * runs once the response is on its way. Where the app runs without an execution context (a test
 * calling `app.request`), the work is returned for the caller to await instead.
 */
export function afterResponse(c: Context, work: () => unknown): Promise<unknown> | undefined {
  // A timer rather than a microtask: microtasks run before the runtime gets to send the response.
  const later = new Promise((resolve) => setTimeout(resolve, 0)).then(work);
  try {
    c.executionCtx.waitUntil(later);
    return undefined;
  } catch {
    return later;
  }
}
