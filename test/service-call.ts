import { env } from "cloudflare:test";
import { signAssertion } from "#shared/auth/assertion";
import { SERVICES, type ServiceName } from "#shared/service/names";
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
  const { hostname, pathname } = new URL(url);
  for (const [name, value] of Object.entries(await assertionFor(serviceAt(hostname), caller, method, pathname, headers.get("cf-connecting-ip"))))
    headers.set(name, value);
  return binding.fetch(url, { ...rest, method, headers });
}

/** The assertion headers the gateway would send this service for this caller, method and path (for replay tests too). */
export function assertionFor(
  service: ServiceName,
  caller: Caller,
  method: string,
  path: string,
  clientAddress: string | null = null,
  now = Date.now(),
): Promise<Record<string, string>> {
  return signAssertion(env, { service, caller, clientAddress, requestId: crypto.randomUUID(), method, path }, now);
}

/** The service a test's URL names: `https://<service>.internal/…`. */
function serviceAt(hostname: string): ServiceName {
  const service = hostname.split(".")[0];
  if (!SERVICES.includes(service as ServiceName)) throw new Error(`${hostname} names no service: call https://<service>.internal/…`);
  return service as ServiceName;
}
