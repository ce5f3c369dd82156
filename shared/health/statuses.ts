/**
 * A service's health, worst last: every check passed, some did, none did. Free of imports, so the
 * database schema, the API's schemas and the web app all say it from here.
 */
export const HEALTH_STATUSES = ["ok", "degraded", "down"] as const;
export type HealthStatusName = (typeof HEALTH_STATUSES)[number];
