import { d1Check, kvCheck, queueCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "notifications",
  description: "Subscriptions and alerts, delivered by email, webhook and push, with templates and an outbox.",
  checks: (env) => [d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG), queueCheck("NOTIFY", env.NOTIFY)],
});
