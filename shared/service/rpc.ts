import type { ServiceHealth } from "#shared/health/checks";

/** An OpenAPI 3.1 document as plain JSON, the form it crosses RPC in. */
export type OpenAPIDocument = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  tags?: { name: string; description?: string }[];
  [key: string]: unknown;
};

/** What every service Worker answers over RPC, besides `fetch`. */
export interface ServiceRpc {
  health(): Promise<ServiceHealth>;
  openapi(): Promise<OpenAPIDocument>;
}

/**
 * Service bindings are typed as plain `Fetcher`s by `wrangler types` (each Worker is typed on
 * its own); this is the one place that states they also speak the service RPC interface.
 */
export function serviceRpc(binding: Fetcher): ServiceRpc & Fetcher {
  return binding as unknown as ServiceRpc & Fetcher;
}
