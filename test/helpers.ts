import { SELF } from "cloudflare:test";
import type { Schema } from "../web/src/api/operations";

/**
 * Client addresses of the documentation range (RFC 5737), taken in turn. Anonymous callers are
 * rate-limited per address, each address by a RateLimiter Durable Object of its own that keeps
 * its usage in storage and sets an alarm to clean up: an address per call would leave thousands
 * of objects (each its own SQLite file) waking across the run and slowing every test after them.
 * A few hundred in turn keep each far below the anonymous limit (60 a minute).
 */
const ADDRESS_BLOCK = `198.51.${Math.floor(Math.random() * 256)}`;
const ADDRESSES = 250;
let nextAddress = Math.floor(Math.random() * ADDRESSES);

export function clientAddress(): string {
  return `${ADDRESS_BLOCK}.${nextAddress++ % ADDRESSES}`;
}

/**
 * A request through the gateway, as a client on the internet makes it. Test requests have no
 * client address, so each call comes from the next of `clientAddress()`'s unless the test gives
 * one (`cf-connecting-ip`), as the rate-limit tests do.
 */
export function gateway(path: string, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  if (!headers.has("cf-connecting-ip")) headers.set("cf-connecting-ip", clientAddress());
  return SELF.fetch(`https://api.openpolicy.test${path}`, { ...init, headers });
}

/** Asserts the RFC 9457 shape and returns the parsed problem (the OpenAPI document's `Problem`). */
export async function readProblem(response: Response): Promise<Schema<"Problem">> {
  if (!response.headers.get("content-type")?.startsWith("application/problem+json")) {
    throw new Error(`expected problem+json, got ${response.headers.get("content-type")}: ${await response.text()}`);
  }
  return (await response.json()) as Schema<"Problem">;
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
