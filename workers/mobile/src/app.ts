import { d1Check } from "#shared/health/checks";
import { defineService } from "#shared/service/app";

export const service = defineService<Env>({
  name: "mobile",
  description: "Delta sync, device registration and saved items for the mobile app.",
  checks: (env) => [d1Check("CIVIC", env.CIVIC), d1Check("PLATFORM", env.PLATFORM)],
});
