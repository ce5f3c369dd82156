import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, isNull, lte, or } from "drizzle-orm";
import { identityDb } from "#shared/db/index";
import { userRoles, users, type UserRow } from "#shared/db/identity";
import { langFromAcceptLanguage } from "#shared/http/lang";
import { problems } from "#shared/http/responses";
import { accountByEmail, normalizeEmail, passwordColumns } from "../accounts";
import type { AuthApp } from "../context";
import { EMAIL_TEMPLATES, sendEmail } from "../emails";
import { issueOneTimeToken } from "../one-time-tokens";
import { assertPasswordRules } from "../password-rules";
import { hashPassword, verifyPassword } from "../passwords";
import { AcceptedSchema, DisplayName, Email, jsonBody, Locale, NewPassword } from "../schemas";

const RegisterBody = z
  .object({ email: Email, password: NewPassword, display_name: DisplayName.optional(), locale: Locale.optional() })
  .openapi("RegisterRequest");

/** The same words whether or not the address already has an account. */
const ACCEPTED = {
  status: "accepted",
  detail: "Check your inbox: we have sent a message to this address.",
} as const;

/** Someone registering an address that has an account is told so by email, at most this often. */
const REGISTER_NOTICE_EVERY_MS = 3600_000;

const route = createRoute({
  method: "post",
  path: "/api/v1/auth/register",
  tags: ["auth"],
  summary: "Create an account",
  description:
    "Creates a `citizen` account and emails a link to confirm the address. The answer is the same whether or not the address " +
    "already has an account (its owner is told by email instead), so this route cannot be used to find out who has one. " +
    "A password that breaks the rules is a 400 listing each broken rule in `errors[]`.",
  request: { body: jsonBody(RegisterBody) },
  responses: {
    202: { description: "Accepted; an email is on its way.", content: { "application/json": { schema: AcceptedSchema } } },
    ...problems(400),
  },
});

export function registerRegister(app: AuthApp): void {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    assertPasswordRules(body.password, body.email);
    const db = c.env.IDENTITY;

    const existing = await accountByEmail(db, body.email);
    if (existing) {
      // As long as creating the account would have taken (one derivation), then a notice to the owner.
      await verifyPassword(body.password, null);
      await noticeExisting(c.env, existing.user);
      return c.json(ACCEPTED, 202);
    }

    const hash = await hashPassword(body.password);
    const user = {
      id: crypto.randomUUID(),
      email: body.email.trim(),
      emailNormalized: normalizeEmail(body.email),
      ...passwordColumns(hash),
      displayName: body.display_name ?? null,
      locale: body.locale ?? langFromAcceptLanguage(c.req.header("accept-language")) ?? "en",
    };
    const d = identityDb(db);
    try {
      await d.batch([d.insert(users).values(user), d.insert(userRoles).values({ userId: user.id, role: "citizen" })]);
    } catch (err) {
      // Two registrations of one address at once: the second finds the first's account.
      const raced = await accountByEmail(db, body.email);
      if (!raced) throw err;
      await noticeExisting(c.env, raced.user);
      return c.json(ACCEPTED, 202);
    }
    const verification = await issueOneTimeToken(db, user.id, "email_verification");
    if (verification) {
      await sendEmail(c.env, user, EMAIL_TEMPLATES.verifyEmail, { token: verification.token, expires_at: verification.expiresAt });
    }
    return c.json(ACCEPTED, 202);
  });
}

async function noticeExisting(env: Env, user: UserRow): Promise<void> {
  const now = Date.now();
  // Claimed in one statement, so registrations arriving together send one notice between them.
  const [claimed] = await identityDb(env.IDENTITY)
    .update(users)
    .set({ registerNoticeAt: new Date(now).toISOString() })
    .where(and(eq(users.id, user.id), or(isNull(users.registerNoticeAt), lte(users.registerNoticeAt, new Date(now - REGISTER_NOTICE_EVERY_MS).toISOString()))))
    .returning({ id: users.id });
  if (claimed) await sendEmail(env, user, EMAIL_TEMPLATES.registerExisting, { email_verified: user.emailVerifiedAt !== null });
}
