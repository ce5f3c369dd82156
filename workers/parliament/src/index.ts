import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { service } from "./app";

// Hosts the breakers of the upstreams this Worker calls (Represent), one object per upstream.
export { CircuitBreaker } from "../../../durable-objects/circuit-breaker";

export default class ParliamentService extends ServiceEntrypoint<Env> {
  protected readonly service = service;
}
