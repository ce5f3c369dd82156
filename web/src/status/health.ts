/** The platform health report, as `GET /api/v1/health` returns it. */

export type Status = "ok" | "degraded" | "down" | "unknown";

export interface Check {
  name: string;
  status: Status;
  latency_ms: number | null;
  detail?: string;
}

export interface ServiceHealth {
  name: string;
  status: Status;
  latency_ms: number | null;
  /** Each binding the service checked: the API shows them, and `error`, to admins only. */
  checks?: Check[];
  error?: string;
}

export interface PlatformHealth {
  status: Status;
  checked_at: string;
  latency_ms: number | null;
  services: ServiceHealth[];
}

export type FetchFailure = { kind: "network" } | { kind: "timeout" } | { kind: "http"; status: number } | { kind: "invalid"; status: number };

export class HealthFetchError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.kind);
    this.name = "HealthFetchError";
  }
}

const HEALTH_URL = "/api/v1/health";

// The gateway bounds each service at a couple of seconds, so a slower answer means the API
// itself is stuck; the user should get the error state rather than a spinner that never ends.
const TIMEOUT_MS = 15_000;

export async function fetchHealth(): Promise<PlatformHealth> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let res: Response;
  let text: string;
  try {
    res = await fetch(HEALTH_URL, {
      headers: { accept: "application/json" },
      cache: "no-store",
      signal: controller.signal,
    });
    text = await res.text();
  } catch {
    throw new HealthFetchError(controller.signal.aborted ? { kind: "timeout" } : { kind: "network" });
  } finally {
    clearTimeout(timer);
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HealthFetchError(res.ok || res.status === 503 ? { kind: "invalid", status: res.status } : { kind: "http", status: res.status });
  }
  // 503 is how the gateway says "down" and it still carries the full report.
  const report = parseReport(body);
  if (report) return report;
  throw new HealthFetchError(res.ok ? { kind: "invalid", status: res.status } : { kind: "http", status: res.status });
}

// Only the shape the page relies on is enforced; anything else the API adds later is ignored,
// and values the page does not understand degrade to "unknown" instead of breaking the render.
function parseReport(body: unknown): PlatformHealth | null {
  if (!isObject(body) || !Array.isArray(body.services) || typeof body.status !== "string") return null;
  return {
    status: toStatus(body.status),
    checked_at: typeof body.checked_at === "string" ? body.checked_at : "",
    latency_ms: toMs(body.latency_ms),
    services: body.services.filter(isObject).map((s) => ({
      name: typeof s.name === "string" ? s.name : "?",
      status: toStatus(s.status),
      latency_ms: toMs(s.latency_ms),
      ...(Array.isArray(s.checks)
        ? {
            checks: s.checks.filter(isObject).map((c) => ({
              name: typeof c.name === "string" ? c.name : "?",
              status: toStatus(c.status),
              latency_ms: toMs(c.latency_ms),
              ...(typeof c.detail === "string" && c.detail ? { detail: c.detail } : {}),
            })),
          }
        : {}),
      ...(typeof s.error === "string" && s.error ? { error: s.error } : {}),
    })),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toStatus(value: unknown): Status {
  return value === "ok" || value === "degraded" || value === "down" ? value : "unknown";
}

function toMs(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}
