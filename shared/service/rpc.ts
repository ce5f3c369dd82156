import type { AuthRpc } from "#shared/auth/rpc";
import type { ServiceHealth } from "#shared/health/checks";
import type { PlatformHealth } from "#shared/health/probe";
import type { SERVICE_BINDINGS, ServiceName } from "./names";

/**
 * A JSON value, its objects and arrays left unexamined. Not `unknown`: Cloudflare's RPC types
 * refuse a value that may not be serializable, and would make a method answering one answer `never`.
 */
export type JsonValue = string | number | boolean | null | object;

/** An OpenAPI 3.1 document as plain JSON, the form it crosses RPC in. */
export type OpenAPIDocument = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, JsonValue>>;
  components?: Record<string, Record<string, JsonValue>>;
  tags?: { name: string; description?: string }[];
  [key: string]: JsonValue | undefined;
};

/** What every service Worker answers over RPC, besides `fetch`. */
export interface ServiceRpc {
  health(): Promise<ServiceHealth>;
  openapi(): Promise<OpenAPIDocument>;
}

/** A run as the ETL's API ("Start a run") and its cron answer it. */
export interface RunSummary {
  id: string;
  source: string;
  status: string;
  documents_total: number;
}

/** What the operators' daily digest covered and whether it was sent. */
export interface DigestSummary {
  from: string;
  to: string;
  events: number;
  dead_letters: number;
  queued: boolean;
}

/**
 * What each service's entrypoint answers over RPC: its contract, which the entrypoint class
 * `implements` (so the service's own type-check holds the class to it) and its callers' bindings
 * are typed with (so every call is checked against it). Besides `health` and `openapi`, the
 * methods are each cron's work, which the gateway's local cron dispatch calls (src/scheduled.ts),
 * as operators and tests may.
 */
export interface ServiceContracts {
  parliament: ServiceRpc;
  etl: ServiceRpc & { loadDue(): Promise<RunSummary[]> };
  search: ServiceRpc;
  auth: ServiceRpc & AuthRpc;
  notifications: ServiceRpc & { digest(at: string): Promise<DigestSummary> };
  config: ServiceRpc;
  policy: ServiceRpc;
  charts: ServiceRpc;
  mobile: ServiceRpc;
  health: ServiceRpc & { snapshot(): Promise<PlatformHealth> };
  monitoring: ServiceRpc & { rollUp(at: string): Promise<number> };
  deployment: ServiceRpc;
}

/** One service's contract: `class EtlService extends ServiceEntrypoint<Env> implements ServiceContract<"etl">`. */
export type ServiceContract<N extends ServiceName> = ServiceContracts[N];

/**
 * A service binding to a service's default entrypoint (a `WorkerEntrypoint`): HTTP through `fetch`,
 * and its contract's RPC methods, each answering through Cloudflare's RPC types.
 */
export type ServiceBinding<R extends ServiceRpc = ServiceRpc> = Service<R & Rpc.WorkerEntrypointBranded>;

/**
 * Every service binding by its binding name (`SERVICE_BINDINGS`), typed with that service's
 * contract. `wrangler types` declares service bindings as plain `Fetcher`s. (Given every Worker's
 * config, it would type them from the services' entrypoint classes instead, but that brings each
 * service's whole source into the binding Worker's type-check, where the global `Env` is the
 * binding Worker's, not the service's.) The Workers that bind services, the gateway and the
 * health service, declare their bindings from this type: `src/env.ts`, `workers/health/src/env.ts`.
 */
export type ServiceBindings = { [N in ServiceName as (typeof SERVICE_BINDINGS)[N]]: ServiceBinding<ServiceContracts[N]> };
