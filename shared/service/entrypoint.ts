import { WorkerEntrypoint } from "cloudflare:workers";
import { runChecks, type ServiceHealth } from "#shared/health/checks";
import { openapiDocument, type ServiceDefinition } from "./app";
import type { OpenAPIDocument, ServiceRpc } from "./rpc";

/**
 * The default export of every service Worker: HTTP through `fetch` (what the gateway forwards)
 * and the internal RPC methods the gateway and the health service call without an HTTP hop.
 * Services add their own `queue`/`scheduled` handlers and RPC methods by extending it.
 */
export abstract class ServiceEntrypoint<Env extends object> extends WorkerEntrypoint<Env> implements ServiceRpc {
  protected abstract readonly service: ServiceDefinition<Env>;

  override fetch(request: Request): Response | Promise<Response> {
    return this.service.app.fetch(request, this.env, this.ctx);
  }

  async health(): Promise<ServiceHealth> {
    return runChecks(this.service.name, this.service.checks(this.env));
  }

  async openapi(): Promise<OpenAPIDocument> {
    return openapiDocument(this.service);
  }
}
