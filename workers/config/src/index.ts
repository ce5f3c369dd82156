import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { service } from "./app";

export default class ConfigService extends ServiceEntrypoint<Env> {
  protected readonly service = service;
}
