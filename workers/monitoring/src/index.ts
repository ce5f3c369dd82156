import { ServiceEntrypoint } from "#shared/service/entrypoint";
import type { ServiceContract } from "#shared/service/rpc";
import { service } from "./app";
import { rollUpHealth } from "./rollup";

export default class MonitoringService extends ServiceEntrypoint<Env> implements ServiceContract<"monitoring"> {
  protected readonly service = service;

  override async scheduled(controller: ScheduledController): Promise<void> {
    await this.rollUp(new Date(controller.scheduledTime).toISOString());
  }

  /** The cron's roll-up, for operators and tests to run at a given time; returns the rows written. */
  async rollUp(at: string): Promise<number> {
    return rollUpHealth(this.env.PLATFORM, new Date(at));
  }
}
