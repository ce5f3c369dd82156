import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { users } from "#shared/db/identity";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { accountByEmail, accountById, passwordColumns } from "../accounts";
import type { AuthApp } from "../context";
import { EMAIL_TEMPLATES, sendEmail } from "../emails";
import { consumeOneTimeToken, issueOneTimeToken, peekOneTimeToken } from "../one-time-tokens";
import { assertPasswordRules } from "../password-rules";
import { hashPassword } from "../passwords";
import { AcceptedSchema, Email, jsonBody, NewPassword } from "../schemas";
import { revokeAllSessions } from "../sessions";
import { accountThrottle, clearFailures } from "../throttle";

const ACCEPTED = {
  status: "accepted",
  detail: "If this address has an account, we have sent it a link to choose a new password. The link works for an hour.",
} as const;

const requestRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/password-reset/request",
  tags: ["auth"],
  summary: "Ask for a password-reset email",
  description:
    "Emails a single-use link (valid for an hour) to the address if it has an account. The answer is the same either way, " +
    "and comes before the email is prepared, so neither its words nor its timing say whether the address has an account. " +
    "At most 3 links per account and hour are sent; each new one replaces the last.",
  request: { body: jsonBody(z.object({ email: Email }).openapi("PasswordResetRequest")) },
  responses: { 202: { description: "Accepted.", content: { "application/json": { schema: AcceptedSchema } } }, ...problems(400) },
});

const invalidToken = () =>
  new ProblemError(400, "This reset link is not valid: it was already used, replaced by a newer one, or has expired. Ask for a new one.", {
    errors: [{ pointer: "json.token", detail: "invalid or expired" }],
  });

const confirmRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/password-reset/confirm",
  tags: ["auth"],
  summary: "Set a new password with a reset token",
  description:
    "Uses up the emailed token and sets the new password. Every session of the account ends (sign in again everywhere), " +
    "the account's sign-in lockout is lifted, and the address counts as confirmed. A password that breaks the rules is a 400 " +
    "and leaves the token usable.",
  request: { body: jsonBody(z.object({ token: z.string().min(1).max(256), password: NewPassword }).openapi("PasswordResetConfirm")) },
  responses: { 204: { description: "The password is changed." }, ...problems(400) },
});

export function registerPasswordReset(app: AuthApp): void {
  app.openapi(requestRoute, async (c) => {
    const { email } = c.req.valid("json");
    c.executionCtx.waitUntil(sendResetLink(c.env, email));
    return c.json(ACCEPTED, 202);
  });

  app.openapi(confirmRoute, async (c) => {
    const { token, password } = c.req.valid("json");
    const db = c.env.IDENTITY;
    const userId = await peekOneTimeToken(db, token, "password_reset");
    const account = userId ? await accountById(db, userId) : null;
    if (!account || account.user.disabledAt) throw invalidToken();
    assertPasswordRules(password, account.user.email);
    if ((await consumeOneTimeToken(db, token, "password_reset")) !== account.user.id) throw invalidToken();

    const hash = await hashPassword(password);
    const now = isoNow();
    await identityDb(db)
      .update(users)
      .set({
        ...passwordColumns(hash),
        passwordChangedAt: now,
        // Whoever read the link controls the address.
        emailVerifiedAt: account.user.emailVerifiedAt ?? now,
        updatedAt: now,
      })
      .where(eq(users.id, account.user.id));
    await Promise.all([revokeAllSessions(db, account.user.id, "password_reset"), clearFailures(db, await accountThrottle(account.user.emailNormalized))]);
    await sendEmail(c.env, account.user, EMAIL_TEMPLATES.passwordChanged, { changed_at: now });
    return c.body(null, 204);
  });
}

async function sendResetLink(env: Env, email: string): Promise<void> {
  const account = await accountByEmail(env.IDENTITY, email);
  if (!account || account.user.disabledAt) return;
  const issued = await issueOneTimeToken(env.IDENTITY, account.user.id, "password_reset");
  if (!issued) return;
  await sendEmail(env, account.user, EMAIL_TEMPLATES.passwordReset, { token: issued.token, expires_at: issued.expiresAt });
}
