import { d1Check, kvCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "parliament",
  description: "Sessions, parties, ridings, members, bills, divisions and ballots, debates, committees and representatives.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), kvCheck("CONFIG", env.CONFIG)],
});
