import type { Context } from "hono";
import { signAssertion } from "#shared/auth/assertion";
import { TimeoutError, withTimeout } from "#shared/health/checks";
import { errorFields, log } from "#shared/http/logger";
import { problem } from "#shared/http/problem";
import { REQUEST_ID_HEADER } from "#shared/http/request-id";
import { SERVICE_BINDINGS, type ServiceName } from "#shared/service/names";
import type { ServiceBinding } from "#shared/service/rpc";
import { gatewaySettings } from "../config";

/** How long a service may take to answer before the gateway gives up on it (and counts a failure). */
const SERVICE_TIMEOUT_MS = 25_000;

/** The platform's internal headers: whatever a client sends under this prefix is dropped. */
const INTERNAL_HEADER_PREFIX = "x-openpolicy-";

/** The service's binding: `fetch` for what the gateway forwards, and the RPC every service answers. */
export function serviceBinding(env: Env, service: ServiceName): ServiceBinding {
  return env[SERVICE_BINDINGS[service]];
}

export function breakerOf(env: Env, service: ServiceName) {
  return env.CIRCUIT_BREAKER.get(env.CIRCUIT_BREAKER.idFromName(service));
}

/**
 * A closed breaker, as this isolate last heard it, is trusted for a second: healthy traffic then
 * costs no call to the breaker, which is one object per service for all of its traffic. A breaker
 * that opens is heard by every isolate within that second, on its next call.
 */
const CLOSED_TRUST_MS = 1000;
const knownClosed = new Map<string, number>();

/**
 * Passes the request to the service over its binding — at the canonical path the route table was
 * matched on, with the request id and the gateway's signed assertion of who is calling — and the
 * service's answer back, through the service's circuit breaker: while it is open the gateway
 * answers 503 at once instead of piling more load on a failing service. A service that throws is
 * a 502, one that does not answer in time a 504, both naming the request id.
 *
 * Only the service's own failures count against its breaker: exceptions, timeouts and 500 (an
 * unhandled error, as every service's onError answers it). A 502, 503 or 504 that a service
 * returns on purpose is its honest answer about an upstream it depends on (Represent, an email
 * provider), which has a breaker of its own inside that service; it must not close the service.
 */
export async function forward(c: Context<{ Bindings: Env }>, service: ServiceName, path: string): Promise<Response> {
  const headers = new Headers(c.req.raw.headers);
  for (const name of [...headers.keys()]) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) headers.delete(name);
  }
  headers.set(REQUEST_ID_HEADER, c.get("requestId"));
  const method = c.req.method;
  try {
    const assertion = await signAssertion(c.env, {
      service,
      caller: c.get("caller"),
      clientAddress: c.get("clientAddress") ?? null,
      requestId: c.get("requestId"),
      method,
      path,
    });
    for (const [name, value] of Object.entries(assertion)) headers.set(name, value);
  } catch (err) {
    // Without its key the gateway cannot vouch for anyone: the service sees an anonymous caller,
    // so protected routes refuse and nothing is opened by the misconfiguration.
    log("error", "gateway assertion not signed", { service, ...errorFields(err) });
  }
  const url = new URL(c.req.url);
  url.pathname = path;
  const upstream = new Request(url, { method, headers, body: c.req.raw.body, redirect: "manual" });

  const { breaker: config } = await gatewaySettings(c.env.CONFIG);
  const breaker = breakerOf(c.env, service);
  const trusted = (knownClosed.get(service) ?? 0) > Date.now();
  const admission = trusted
    ? ({ allowed: true, state: "closed", retryAfterSeconds: null } as const)
    : await breaker.admit(config).catch((err: unknown) => {
        // A breaker that cannot be asked must not stop traffic it exists to protect.
        log("error", "circuit breaker unavailable", { service, ...errorFields(err) });
        return null;
      });
  if (admission?.state === "closed") knownClosed.set(service, Date.now() + CLOSED_TRUST_MS);
  else knownClosed.delete(service);
  if (admission && !admission.allowed) {
    const retryAfter = String(admission.retryAfterSeconds ?? config.cooldownSeconds);
    return problem(c, 503, `The ${service} service is failing and is being given time to recover; try again in ${retryAfter} s.`, {
      headers: { "retry-after": retryAfter },
    });
  }
  // A closed breaker needs to hear only of failures; a probe's outcome decides a half-open one.
  const record = (outcome: "success" | "failure") => {
    if (!admission || (admission.state === "closed" && outcome === "success")) return;
    if (outcome === "failure") knownClosed.delete(service);
    c.executionCtx.waitUntil(breaker.record(outcome, config).catch(() => {}));
  };

  try {
    const response = await withTimeout(serviceBinding(c.env, service).fetch(upstream), SERVICE_TIMEOUT_MS, `${service}`);
    record(response.status === 500 ? "failure" : "success");
    // Responses from a binding have immutable headers, and the gateway still adds its own. Hono
    // copies a handler's answer into a fresh Response whenever `c.res` was already made (the CORS
    // middleware makes it for every API call); touching it here makes that copy certain, so the
    // answer is copied once, by Hono, rather than twice.
    void c.res;
    return response;
  } catch (err) {
    record("failure");
    const timedOut = err instanceof TimeoutError;
    log("error", timedOut ? "service timed out" : "service failed", { service, request_id: c.get("requestId"), ...errorFields(err) });
    return problem(
      c,
      timedOut ? 504 : 502,
      `The ${service} service ${timedOut ? "did not answer in time" : "failed to answer this request"}; quote request id ${c.get("requestId")} when reporting it.`,
    );
  }
}
