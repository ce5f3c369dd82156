/** The platform's services, in the order status pages list them. */
export const SERVICES = [
  "parliament",
  "etl",
  "search",
  "auth",
  "notifications",
  "config",
  "policy",
  "charts",
  "mobile",
  "health",
  "monitoring",
  "deployment",
] as const;

export type ServiceName = (typeof SERVICES)[number];

/**
 * The binding name of each service in the gateway's and the health service's environments.
 * `config` is `CONFIG_SERVICE` because `CONFIG` is the KV namespace every Worker shares.
 */
export const SERVICE_BINDINGS = {
  parliament: "PARLIAMENT",
  etl: "ETL",
  search: "SEARCH",
  auth: "AUTH",
  notifications: "NOTIFICATIONS",
  config: "CONFIG_SERVICE",
  policy: "POLICY",
  charts: "CHARTS",
  mobile: "MOBILE",
  health: "HEALTH",
  monitoring: "MONITORING",
  deployment: "DEPLOYMENT",
} as const satisfies Record<ServiceName, string>;

/**
 * Each service's cron triggers, as declared in its wrangler.toml (a test holds the two in step).
 * Cloudflare fires them in production; locally the gateway's `scheduled` handler hands each one
 * to its service, because `wrangler dev` fires crons for its primary Worker only.
 */
export const SERVICE_CRONS = {
  etl: ["*/15 * * * *"],
  health: ["* * * * *"],
  monitoring: ["5 * * * *"],
  notifications: ["0 12 * * *"],
} as const satisfies Partial<Record<ServiceName, readonly string[]>>;
