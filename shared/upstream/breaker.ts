import type { CircuitBreaker } from "../../durable-objects/circuit-breaker";
import type { Check } from "#shared/health/checks";
import { errorFields, log } from "#shared/http/logger";
import { ProblemError } from "#shared/http/problem";
import { upstreamBreakerSettings } from "./settings";

/**
 * Calls to an external upstream (Represent, an email or push provider) through a circuit breaker
 * of the calling service's own, one CircuitBreaker Durable Object per upstream. The gateway's
 * breaker guards the service; this one guards what the service depends on, so an upstream's
 * outage sheds only the calls that need it and the service reports it with a 502, 503 or 504,
 * never a 500, which is what would count against the service itself.
 */

/** An external service a Worker calls over the internet. */
export interface Upstream {
  /** Names its breaker (`idFromName`) and its entry in KV `upstream:settings`: `represent`. */
  name: string;
  /** How answers and health name it: `Represent`. */
  title: string;
  /** How long one call may take before it counts as a failure. */
  timeoutMs: number;
}

/** The bindings a Worker that calls upstreams has: the breakers' namespace and its config. */
export interface UpstreamEnv {
  UPSTREAM_BREAKER: DurableObjectNamespace<CircuitBreaker>;
  CONFIG: KVNamespace;
}

export function upstreamBreaker(env: UpstreamEnv, upstream: Upstream) {
  return env.UPSTREAM_BREAKER.get(env.UPSTREAM_BREAKER.idFromName(upstream.name));
}

/**
 * GETs `url` from the upstream through its breaker. While the breaker is open the call is
 * refused at once: a 503 with `Retry-After` that names the upstream. Otherwise the upstream is
 * asked within its timeout, and a failure (unreachable: 502, too slow: 504, a 5xx answer: 502)
 * is counted and thrown as a problem. Any other answer, a 404 included, is the upstream working:
 * it is returned for the caller to read. `about` ends each problem's first clause ("for postal
 * code K1A0A6").
 */
export async function fetchUpstream(env: UpstreamEnv, upstream: Upstream, url: string, opts: { about: string; headers?: HeadersInit }): Promise<Response> {
  const { title } = upstream;
  const { about } = opts;
  const settings = await upstreamBreakerSettings(env.CONFIG, upstream.name);
  const breaker = upstreamBreaker(env, upstream);
  const admission = await breaker.admit(settings).catch((err: unknown) => {
    // A breaker that cannot be asked must not stop the calls it exists to protect.
    log("error", "upstream breaker unavailable", { upstream: upstream.name, ...errorFields(err) });
    return null;
  });
  if (admission && !admission.allowed) {
    const retryAfter = String(admission.retryAfterSeconds ?? settings.cooldownSeconds);
    throw new ProblemError(503, `${title} is failing, so it is not being asked ${about} while it recovers; try again in ${retryAfter} s.`, {
      headers: { "retry-after": retryAfter },
    });
  }
  // A closed breaker needs to hear only of failures; a probe's outcome decides a half-open one.
  // Awaited, so the next call already sees the breaker this one left.
  const record = async (outcome: "success" | "failure") => {
    if (!admission || (admission.state === "closed" && outcome === "success")) return;
    await breaker.record(outcome, settings).catch((err: unknown) => {
      log("error", "upstream breaker unavailable", { upstream: upstream.name, ...errorFields(err) });
    });
  };

  let response: Response;
  try {
    response = await fetch(url, { headers: opts.headers, signal: AbortSignal.timeout(upstream.timeoutMs) });
  } catch (err) {
    await record("failure");
    const timedOut = err instanceof Error && err.name === "TimeoutError";
    log("warn", timedOut ? "upstream timed out" : "upstream unreachable", { upstream: upstream.name, ...errorFields(err) });
    if (timedOut) throw new ProblemError(504, `${title} did not answer within ${upstream.timeoutMs / 1000} s ${about}; try again later.`);
    throw new ProblemError(502, `${title} could not be reached ${about}; try again later.`);
  }
  if (response.status >= 500) {
    await record("failure");
    await response.body?.cancel();
    throw new ProblemError(502, `${title} answered ${response.status} ${about}; try again later.`);
  }
  await record("success");
  return response;
}

/**
 * The upstream's breaker as a health check (`upstream:<name>`): closed is ok; open or half-open
 * is degraded, not down, since the service still answers everything that does not need the
 * upstream.
 */
export function upstreamCheck(env: UpstreamEnv, upstream: Upstream): Check {
  return {
    name: `upstream:${upstream.name}`,
    run: async () => {
      const status = await upstreamBreaker(env, upstream).status();
      if (status.state === "open") {
        return { degraded: `open since ${status.openedAt}: ${upstream.title} is not being called; probes resume in ${status.retryAfterSeconds} s` };
      }
      if (status.state === "half_open") return { degraded: `half-open: probing ${upstream.title} (${status.probesInFlight} in flight)` };
      return status.recentFailures ? `closed (${status.recentFailures} recent failures)` : "closed";
    },
  };
}
