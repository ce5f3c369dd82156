import { d1Check, kvCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "monitoring",
  description: "Metric roll-ups, Prometheus exposition and alert rules.",
  checks: (env) => [d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG)],
});
