import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { users } from "#shared/db/identity";
import { ProblemError } from "#shared/http/problem";
import { problems, ProblemSchema } from "#shared/http/responses";
import { accountByEmail, normalizeEmail, passwordColumns, passwordHashOf } from "../accounts";
import type { AuthApp } from "../context";
import { tokenResponse } from "../issue";
import { hashPassword, needsRehash, verifyPassword } from "../passwords";
import { jsonBody, TokenResponseSchema } from "../schemas";
import { startSession } from "../sessions";
import { signInGate } from "../sign-in-gate";
import { clientThrottle, failureStatement, lockedUntil } from "../throttle";

const LoginBody = z
  .object({
    email: z.string().trim().min(1).max(254).openapi({ example: "ada@example.org" }),
    password: z.string().min(1).max(1024),
    device_name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "A label for this device in the sessions list.", example: "Firefox on Linux" }),
  })
  .openapi("LoginRequest");

/**
 * The one answer to every sign-in that fails on the credentials: unknown email, wrong password,
 * an address locked out of the account, or an account whose failure budget is spent (to an
 * address new to it) all look the same.
 */
export const BAD_CREDENTIALS = "The email or password is incorrect.";

const route = createRoute({
  method: "post",
  path: "/api/v1/auth/login",
  tags: ["auth"],
  summary: "Sign in",
  description:
    "Exchanges an email and password for a short-lived access token (an ES256 JWT) and a refresh token, and starts a session " +
    "for this device. A wrong password, an unknown email, a client address locked out of the account (5 failures from it " +
    "in 15 minutes lock it out for 15 minutes) and an account whose failure budget is spent (50 failures in a day from " +
    "any addresses, after which for a day only addresses it has signed in from in the last 90 days may sign in) all " +
    "answer the same 401. Too many failures from one client across accounts (20 in 15 minutes) answer 429 with `Retry-After`.",
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: { description: "Signed in.", content: { "application/json": { schema: TokenResponseSchema } } },
    ...problems(400, 401, 403),
    429: {
      description: "Too many failed sign-ins from this client; `Retry-After` says when to try again.",
      content: { "application/problem+json": { schema: ProblemSchema } },
    },
  },
});

export function registerLogin(app: AuthApp): void {
  app.openapi(route, async (c) => {
    const { email, password, device_name } = c.req.valid("json");
    const db = c.env.IDENTITY;
    const client = await clientThrottle(c);
    const clientLock = await lockedUntil(db, client);
    if (clientLock) {
      const seconds = String(Math.max(1, Math.ceil((Date.parse(clientLock) - Date.now()) / 1000)));
      throw new ProblemError(429, `Too many failed sign-ins from this client; try again in ${seconds} s.`, { headers: { "retry-after": seconds } });
    }

    const [found, gate] = await Promise.all([accountByEmail(db, email), signInGate(c, normalizeEmail(email))]);
    // Always one full derivation, whether or not the account exists or the gate is closed.
    const matches = await verifyPassword(password, found ? passwordHashOf(found.user) : null);

    if (!found || !matches || gate.closed) {
      await gate.fail(failureStatement(db, client));
      throw new ProblemError(401, BAD_CREDENTIALS);
    }
    // Only someone who knows the password learns that the account is disabled.
    if (found.user.disabledAt) throw new ProblemError(403, "This account has been disabled.");

    await gate.pass();
    const now = isoNow();
    // The password is at hand only now: a hash made with weaker parameters is replaced.
    const rehash = needsRehash(passwordHashOf(found.user)) ? { ...passwordColumns(await hashPassword(password)), updatedAt: now } : {};
    await identityDb(db)
      .update(users)
      .set({ lastLoginAt: now, ...rehash })
      .where(eq(users.id, found.user.id));

    const issued = await startSession(db, found.user.id, { userAgent: c.req.header("user-agent") ?? null, deviceName: device_name ?? null });
    return c.json(await tokenResponse(c, { ...found, user: { ...found.user, lastLoginAt: now } }, issued), 200);
  });
}
