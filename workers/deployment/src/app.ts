import { d1Check, kvCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "deployment",
  description: "Deployment records, ordered multi-Worker deploys, post-deploy verification and rollback.",
  checks: (env) => [d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG)],
});
