import { SELF } from "cloudflare:test";
import type { Problem } from "#shared/http/problem";

/** A request through the gateway, as a client on the internet makes it. */
export function gateway(path: string, init?: RequestInit): Promise<Response> {
  return SELF.fetch(`https://api.openpolicy.test${path}`, init);
}

/** Asserts the RFC 9457 shape and returns the parsed problem. */
export async function readProblem(response: Response): Promise<Problem> {
  if (!response.headers.get("content-type")?.startsWith("application/problem+json")) {
    throw new Error(`expected problem+json, got ${response.headers.get("content-type")}: ${await response.text()}`);
  }
  return (await response.json()) as Problem;
}

/** Polls until `check` returns a value (not undefined) or the time runs out; queues are asynchronous. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
