import { env } from "cloudflare:test";
import { ASSERTION_HEADER, signAssertion } from "#shared/auth/assertion";
import type { Caller } from "#shared/auth/caller";
import { ANONYMOUS } from "#shared/auth/caller";

/**
 * Calls a service directly over its binding, as the gateway forwards a request: with the
 * gateway's signed assertion of the caller (and of the client address, taken from the request's
 * `cf-connecting-ip` as the gateway takes it) for exactly this method and path. The tests run as
 * the gateway's Worker, so they hold its signing key (see vitest.config.ts).
 */
export async function asGateway(binding: Fetcher, url: string, init: RequestInit & { caller?: Caller } = {}): Promise<Response> {
  const { caller = ANONYMOUS, ...rest } = init;
  const headers = new Headers(rest.headers);
  const method = (rest.method ?? "GET").toUpperCase();
  headers.set(ASSERTION_HEADER, await assertionFor(caller, method, new URL(url).pathname, headers.get("cf-connecting-ip")));
  return binding.fetch(url, { ...rest, method, headers });
}

/** The assertion the gateway would sign for this caller, method and path (for replay tests too). */
export function assertionFor(caller: Caller, method: string, path: string, clientAddress: string | null = null, now = Date.now()): Promise<string> {
  return signAssertion(env, { caller, clientAddress, requestId: crypto.randomUUID(), method, path }, now);
}
