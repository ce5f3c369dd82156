/**
 * The platform's health now (`GET /api/v1/health`). Read here rather than through the API
 * client because a platform that is down answers 503 with the full report, which the admin
 * pages must show rather than treat as an error.
 */
import { ApiError, type Problem } from "../../api/client";
import { getLang } from "../../i18n";
import type { PlatformHealth } from "../../status/health";

export type { PlatformHealth } from "../../status/health";

export async function loadHealth(signal: AbortSignal): Promise<PlatformHealth & { services: { breaker?: string }[] }> {
  let response: Response;
  try {
    response = await fetch("/api/v1/health", {
      headers: { accept: "application/json", "accept-language": getLang() },
      cache: "no-store",
      signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
    });
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw new ApiError(err instanceof DOMException && err.name === "TimeoutError" ? "timeout" : "network", 0, null);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.ok ? "invalid" : "http", response.status, null);
  }
  if ((response.ok || response.status === 503) && isReport(body)) return body;
  throw new ApiError(response.ok ? "invalid" : "http", response.status, isObject(body) ? (body as Problem) : null);
}

function isReport(body: unknown): body is PlatformHealth & { services: { breaker?: string }[] } {
  return isObject(body) && typeof body.status === "string" && Array.isArray(body.services) && body.services.every(isObject);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
