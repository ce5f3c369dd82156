import { d1Check, kvCheck, queueCheck } from "#shared/health/checks";
import { defineService } from "#shared/service/app";
import { registerAdminApiKeys } from "./routes/admin-api-keys";
import { registerApiKeys } from "./routes/api-keys";
import { registerJwks } from "./routes/jwks";
import { registerLogin } from "./routes/login";
import { registerLogout } from "./routes/logout";
import { registerMe } from "./routes/me";
import { registerPasswordReset } from "./routes/password-reset";
import { registerRefresh } from "./routes/refresh";
import { registerRegister } from "./routes/register";
import { registerSessions } from "./routes/sessions";
import { registerUsers } from "./routes/users";
import { registerVerifyEmail } from "./routes/verify-email";

export const service = defineService<Env>({
  name: "auth",
  description: "Accounts, sign-in, access and refresh tokens, sessions, roles and API keys.",
  checks: (env) => [d1Check("IDENTITY", env.IDENTITY), kvCheck("CONFIG", env.CONFIG), queueCheck("NOTIFY", env.NOTIFY)],
});

registerRegister(service.app);
registerLogin(service.app);
registerRefresh(service.app);
registerLogout(service.app);
registerMe(service.app);
registerSessions(service.app);
registerPasswordReset(service.app);
registerVerifyEmail(service.app);
registerApiKeys(service.app);
registerAdminApiKeys(service.app);
registerUsers(service.app);
registerJwks(service.app);
