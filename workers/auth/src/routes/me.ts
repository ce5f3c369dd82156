import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { users } from "#shared/db/identity";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { accountView, passwordColumns, passwordHashOf } from "../accounts";
import type { AuthApp } from "../context";
import { EMAIL_TEMPLATES, sendEmail } from "../emails";
import { assertPasswordRules } from "../password-rules";
import { hashPassword, verifyPassword } from "../passwords";
import { AccountSchema, DisplayName, jsonBody, Locale, NewPassword } from "../schemas";
import { revokeAllSessions } from "../sessions";
import { signedIn } from "../signed-in";
import { signInGate } from "../sign-in-gate";

const MeSchema = AccountSchema.extend({
  signed_in_with: z.enum(["access_token", "api_key"]),
  session_id: z.string().nullable().openapi({ description: "The session of the access token; null for API keys." }),
  api_key_id: z.string().nullable(),
}).openapi("Me");

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/me",
  tags: ["auth"],
  summary: "The caller",
  description: "The signed-in account (or the owner of the API key used), with its roles as they are now.",
  responses: { 200: { description: "The caller.", content: { "application/json": { schema: MeSchema } } }, ...problems(401) },
});

const ProfileBody = z
  .object({ display_name: DisplayName.nullable().optional(), locale: Locale.optional() })
  .refine((b) => b.display_name !== undefined || b.locale !== undefined, "Send display_name, locale or both.")
  .openapi("ProfileUpdate");

const patchRoute = createRoute({
  method: "patch",
  path: "/api/v1/auth/me",
  tags: ["auth"],
  summary: "Change the display name or email language",
  request: { body: jsonBody(ProfileBody) },
  responses: { 200: { description: "The account.", content: { "application/json": { schema: AccountSchema } } }, ...problems(400, 401, 403) },
});

const PasswordChangeBody = z.object({ current_password: z.string().min(1).max(1024), new_password: NewPassword }).openapi("PasswordChange");

const passwordRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/password",
  tags: ["auth"],
  summary: "Change the password",
  description:
    "Needs the current password. Every other session of the account ends (this device stays signed in) and the owner is told " +
    "by email. Wrong current passwords count like failed sign-ins from the caller's address.",
  request: { body: jsonBody(PasswordChangeBody) },
  responses: { 204: { description: "Changed." }, ...problems(400, 401, 403) },
});

export function registerMe(app: AuthApp): void {
  app.openapi(getRoute, async (c) => {
    const account = await signedIn(c);
    const { caller } = account;
    return c.json(
      {
        ...accountView(account),
        signed_in_with: caller.kind === "api_key" ? ("api_key" as const) : ("access_token" as const),
        session_id: caller.sessionId ?? null,
        api_key_id: caller.apiKeyId,
      },
      200,
    );
  });

  app.openapi(patchRoute, async (c) => {
    const account = await signedIn(c, { change: true });
    const body = c.req.valid("json");
    const change = {
      ...(body.display_name !== undefined ? { displayName: body.display_name } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      updatedAt: isoNow(),
    };
    const [user] = await identityDb(c.env.IDENTITY).update(users).set(change).where(eq(users.id, account.user.id)).returning();
    return c.json(accountView({ user: user!, roles: account.roles }), 200);
  });

  app.openapi(passwordRoute, async (c) => {
    const account = await signedIn(c, { change: true });
    const { current_password, new_password } = c.req.valid("json");
    const db = c.env.IDENTITY;
    const gate = await signInGate(c, account.user.emailNormalized);
    const matches = await verifyPassword(current_password, passwordHashOf(account.user));
    if (!matches || gate.closed) {
      await gate.fail();
      throw new ProblemError(400, "The current password is incorrect.", {
        errors: [{ pointer: "json.current_password", detail: "is not the account's current password" }],
      });
    }
    assertPasswordRules(new_password, account.user.email, "new_password");
    await gate.pass();

    const hash = await hashPassword(new_password);
    const now = isoNow();
    await identityDb(db)
      .update(users)
      .set({ ...passwordColumns(hash), passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, account.user.id));
    await revokeAllSessions(db, account.user.id, "revoked_by_user", account.caller.sessionId);
    await sendEmail(c.env, account.user, EMAIL_TEMPLATES.passwordChanged, { changed_at: now });
    return c.body(null, 204);
  });
}
