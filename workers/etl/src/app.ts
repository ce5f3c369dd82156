import { d1Check, kvCheck, queueCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";
import { registerQuality } from "./routes/quality";
import { registerRuns } from "./routes/runs";
import { registerSources } from "./routes/sources";

export const service = defineService<Env>({
  name: "etl",
  description: "Extract, validate, transform and load the public sources; runs, data-quality checks and change events.",
  checks: (env) => [
    d1Check("CIVIC", env.CIVIC),
    d1Check("PLATFORM", env.PLATFORM),
    kvCheck("CONFIG", env.CONFIG),
    queueCheck("ETL_JOBS", env.ETL_JOBS),
    queueCheck("EVENTS", env.EVENTS),
  ],
});

registerSources(service.app);
registerRuns(service.app);
registerQuality(service.app);
