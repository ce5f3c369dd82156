import { d1Check, kvCheck, queueCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";
import { registerHistory } from "./routes/history";

export const service = defineService<Env>({
  name: "health",
  description: "Scheduled checks of every service, status history and status-change events.",
  checks: (env) => [d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG), queueCheck("EVENTS", env.EVENTS)],
});

registerHistory(service.app);
