import { d1Check, kvCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "config",
  description: "Validated, versioned configuration and feature flags, with audit and rollback.",
  checks: (env) => [kvCheck("CONFIG", env.CONFIG), d1Check("PLATFORM", env.PLATFORM)],
});
