import { SELF } from "cloudflare:test";
import type { Problem } from "#shared/http/problem";

/** A client address of the documentation range (RFC 5737), different on every call. */
export function clientAddress(): string {
  return `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
}

/**
 * A request through the gateway, as a client on the internet makes it. Anonymous callers are
 * rate-limited per client address and test requests have none, so each call comes from its own
 * address unless the test gives one (`cf-connecting-ip`), as the rate-limit tests do.
 */
export function gateway(path: string, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  if (!headers.has("cf-connecting-ip")) headers.set("cf-connecting-ip", clientAddress());
  return SELF.fetch(`https://api.openpolicy.test${path}`, { ...init, headers });
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
