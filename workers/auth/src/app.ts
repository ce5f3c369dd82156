import { d1Check, kvCheck, queueCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "auth",
  description: "Accounts, sign-in, access and refresh tokens, sessions, roles and API keys.",
  checks: (env) => [d1Check("IDENTITY", env.IDENTITY), kvCheck("CONFIG", env.CONFIG), queueCheck("NOTIFY", env.NOTIFY)],
});
