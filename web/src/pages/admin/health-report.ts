/**
 * The platform's health now (`GET /api/v1/health`), as the signed-in admin sees it: with each
 * service's checks and errors, which the API shows to admins only. A platform that is down
 * answers 503 with the full report, which the admin pages show rather than treat as an error.
 */
import { ApiError, get } from "../../api/client";
import type { PlatformHealth } from "../../status/health";

export type { PlatformHealth } from "../../status/health";

export async function loadHealth(signal: AbortSignal): Promise<PlatformHealth & { services: { breaker?: string }[] }> {
  const body = await get("/api/v1/health", { signal, cache: false, answers: [503] });
  if (isReport(body)) return body;
  throw new ApiError("invalid", 200, null);
}

function isReport(body: unknown): body is PlatformHealth & { services: { breaker?: string }[] } {
  return isObject(body) && typeof body.status === "string" && Array.isArray(body.services) && body.services.every(isObject);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
