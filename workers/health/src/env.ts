import type { ServiceBindings } from "#shared/service/rpc";

/**
 * The health service's bindings to every other service, typed with each one's RPC contract
 * (`ServiceBindings`), so its probes are checked against what each entrypoint implements.
 * `worker-configuration.d.ts` (generated) declares them as plain `Fetcher`s; these declarations
 * narrow them. Types only: nothing imports this module at run time.
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
    MONITORING: ServiceBindings["MONITORING"];
    DEPLOYMENT: ServiceBindings["DEPLOYMENT"];
  }
}

/** Compile-time: every service but this one is bound in wrangler.toml (the generated `Cloudflare.Env`) and typed above. */
type Checked<K extends keyof Cloudflare.Env & keyof ServiceBindings, T extends Pick<ServiceBindings, K>> = T;
export type TypedBindings = Checked<Exclude<keyof ServiceBindings, "HEALTH">, Pick<Env, Exclude<keyof ServiceBindings, "HEALTH">>>;
