import { d1Check } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "search",
  description: "Full-text search across statements, bills, members, committees and representatives, with facets and highlighting.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), d1Check("PLATFORM", env.PLATFORM)],
});
