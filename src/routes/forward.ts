import type { Context } from "hono";
import { errorFields, log } from "#shared/http/logger";
import { problem } from "#shared/http/problem";
import { REQUEST_ID_HEADER } from "#shared/http/request-id";
import { SERVICE_BINDINGS, type ServiceName } from "#shared/service/names";

/**
 * Headers only the gateway may set: whatever a client sends under this prefix is dropped, so a
 * service can trust them when the gateway passes the caller's identity along.
 */
const INTERNAL_HEADER_PREFIX = "x-openpolicy-";

export function serviceBinding(env: Env, service: ServiceName): Fetcher {
  return env[SERVICE_BINDINGS[service]];
}

/**
 * Passes the request to the service over its binding, with the request id, and the service's
 * answer back. A service that throws or cannot be reached is a 502 naming the request id.
 */
export async function forward(c: Context<{ Bindings: Env }>, service: ServiceName): Promise<Response> {
  const headers = new Headers(c.req.raw.headers);
  for (const name of [...headers.keys()]) {
    if (name.startsWith(INTERNAL_HEADER_PREFIX)) headers.delete(name);
  }
  headers.set(REQUEST_ID_HEADER, c.get("requestId"));
  const upstream = new Request(c.req.raw, { headers });

  try {
    const response = await serviceBinding(c.env, service).fetch(upstream);
    // Responses from a binding have immutable headers; the gateway still adds its own.
    return new Response(response.body, response);
  } catch (err) {
    log("error", "service failed", { service, request_id: c.get("requestId"), ...errorFields(err) });
    return problem(
      c,
      502,
      `The ${service} service failed to answer this request; quote request id ${c.get("requestId")} when reporting it.`,
    );
  }
}
