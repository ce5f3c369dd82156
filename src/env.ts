import type { ServiceBindings } from "#shared/service/rpc";

/**
 * The gateway's service bindings, typed with each service's RPC contract (`ServiceBindings`), so
 * every call the gateway makes to a service is checked against what that service's entrypoint
 * implements. `worker-configuration.d.ts` (generated) declares them as plain `Fetcher`s; these
 * declarations narrow them. Types only: nothing imports this module at run time.
 */
declare global {
  interface Env {
    PARLIAMENT: ServiceBindings["PARLIAMENT"];
    ETL: ServiceBindings["ETL"];
    SEARCH: ServiceBindings["SEARCH"];
    AUTH: ServiceBindings["AUTH"];
    NOTIFICATIONS: ServiceBindings["NOTIFICATIONS"];
    CONFIG_SERVICE: ServiceBindings["CONFIG_SERVICE"];
    POLICY: ServiceBindings["POLICY"];
    CHARTS: ServiceBindings["CHARTS"];
    MOBILE: ServiceBindings["MOBILE"];
    HEALTH: ServiceBindings["HEALTH"];
    MONITORING: ServiceBindings["MONITORING"];
    DEPLOYMENT: ServiceBindings["DEPLOYMENT"];
  }
}

/** Compile-time: every service is bound in wrangler.toml (the generated `Cloudflare.Env`) and typed above. */
type Checked<K extends keyof Cloudflare.Env & keyof ServiceBindings, T extends Pick<ServiceBindings, K>> = T;
export type TypedBindings = Checked<keyof ServiceBindings, Pick<Env, keyof ServiceBindings>>;
