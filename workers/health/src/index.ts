import type { PlatformHealth } from "#shared/health/probe";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import type { ServiceContract } from "#shared/service/rpc";
import { service } from "./app";
import { takeSnapshot } from "./snapshot";

export default class HealthService extends ServiceEntrypoint<Env> implements ServiceContract<"health"> {
  protected readonly service = service;

  override async scheduled(_controller: ScheduledController): Promise<void> {
    await this.snapshot();
  }

  /** Runs the checks now, as the cron does; also what operators and tests trigger over RPC. */
  async snapshot(): Promise<PlatformHealth> {
    return takeSnapshot(this.env, () => this.health());
  }
}
