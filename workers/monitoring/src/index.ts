import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { service } from "./app";

export default class MonitoringService extends ServiceEntrypoint<Env> {
  protected readonly service = service;
}
