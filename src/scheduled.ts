import { log, errorFields } from "#shared/http/logger";
import { SERVICE_BINDINGS, SERVICE_CRONS } from "#shared/service/names";

/** The RPC each service's cron runs, given the time it fires, over the service's typed binding. */
type CronRpc = { [K in keyof typeof SERVICE_CRONS]: (env: Env, at: string) => Promise<unknown> };

const RUN: CronRpc = {
  etl: (env) => env[SERVICE_BINDINGS.etl].loadDue(),
  health: (env) => env[SERVICE_BINDINGS.health].snapshot(),
  monitoring: (env, at) => env[SERVICE_BINDINGS.monitoring].rollUp(at),
  notifications: (env, at) => env[SERVICE_BINDINGS.notifications].digest(at),
};

/**
 * Local cron dispatch. In production every service has its own triggers and the gateway has
 * none, so this never runs there. Under `wrangler dev --test-scheduled`, `/__scheduled?cron=…`
 * reaches only the primary Worker, the gateway, which hands the cron to the services that declare
 * it, over the same RPC the services' own `scheduled` handlers use.
 */
export async function dispatchCron(env: Env, cron: string, scheduledTime: number): Promise<void> {
  const at = new Date(scheduledTime).toISOString();
  const owners = (Object.entries(SERVICE_CRONS) as [keyof typeof SERVICE_CRONS, readonly string[]][]).filter(([, crons]) => crons.includes(cron));
  await Promise.all(
    owners.map(async ([service]) => {
      try {
        await RUN[service](env, at);
        log("info", "cron dispatched", { service, cron });
      } catch (err) {
        log("error", "cron failed", { service, cron, ...errorFields(err) });
      }
    }),
  );
}
