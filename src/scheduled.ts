import { log, errorFields } from "#shared/http/logger";
import { SERVICE_BINDINGS, SERVICE_CRONS, type ServiceName } from "#shared/service/names";

/** The RPC method each service's cron runs, given the time it fires. */
type CronRpc = { [K in keyof typeof SERVICE_CRONS]: (binding: Fetcher, at: string) => Promise<unknown> };

const RUN: CronRpc = {
  etl: (b) => (b as unknown as { loadDue(): Promise<unknown> }).loadDue(),
  health: (b) => (b as unknown as { snapshot(): Promise<unknown> }).snapshot(),
  monitoring: (b, at) => (b as unknown as { rollUp(at: string): Promise<unknown> }).rollUp(at),
  notifications: (b, at) => (b as unknown as { digest(at: string): Promise<unknown> }).digest(at),
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
        await RUN[service](env[SERVICE_BINDINGS[service as ServiceName]], at);
        log("info", "cron dispatched", { service, cron });
      } catch (err) {
        log("error", "cron failed", { service, cron, ...errorFields(err) });
      }
    }),
  );
}
