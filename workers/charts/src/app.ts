import { d1Check, kvCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "charts",
  description: "Chart data with ready Chart.js configs, CSV export and saved, shareable charts.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG)],
});
