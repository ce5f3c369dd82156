import { d1Check, kvCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "policy",
  description: "Versioned access and data-compliance policies, decisions with reasons, and the decision log.",
  checks: (env) => [d1Check("PLATFORM", env.PLATFORM), kvCheck("CONFIG", env.CONFIG)],
});
