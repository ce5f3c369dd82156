import { d1Check, kvCheck } from "#shared/health/checks";
import { conditionalRead } from "#shared/http/etag";
import { defineService } from "#shared/service/app";
import { registerCharts } from "./routes/charts";
import { registerSavedCharts } from "./routes/saved";

export const service = defineService<Env>({
  name: "charts",
  description: "Chart data with ready Chart.js configs, CSV export and saved, shareable charts.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG)],
});

// Every read below is conditional (ETag / 304) and briefly cacheable. Registered after the
// health route defineService adds, so health keeps its own `no-store`.
service.app.use("/api/v1/*", conditionalRead);

// Saved charts first: `/charts/s/{id}` must not be read as a chart kind.
registerSavedCharts(service.app);
registerCharts(service.app);
