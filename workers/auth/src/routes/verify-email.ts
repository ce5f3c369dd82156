import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, isNull } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { users } from "#shared/db/identity";
import { ProblemError } from "#shared/http/problem";
import { problems, ProblemSchema } from "#shared/http/responses";
import type { AuthApp } from "../context";
import { EMAIL_TEMPLATES, sendEmail } from "../emails";
import { consumeOneTimeToken, issueOneTimeToken } from "../one-time-tokens";
import { AcceptedSchema, jsonBody } from "../schemas";
import { signedIn } from "../signed-in";

const confirmRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/verify-email",
  tags: ["auth"],
  summary: "Confirm an email address",
  description: "Uses up the token emailed at registration (valid for 48 hours) and marks the address as confirmed.",
  request: { body: jsonBody(z.object({ token: z.string().min(1).max(256) }).openapi("EmailVerification")) },
  responses: { 204: { description: "The address is confirmed." }, ...problems(400) },
});

const resendRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/verify-email/resend",
  tags: ["auth"],
  summary: "Send the confirmation email again",
  description: "For the signed-in account; at most 3 an hour, each replacing the last. 409 when the address is already confirmed.",
  responses: {
    202: { description: "Sent.", content: { "application/json": { schema: AcceptedSchema } } },
    ...problems(401, 403, 409),
    429: { description: "Three links were sent in the last hour already.", content: { "application/problem+json": { schema: ProblemSchema } } },
  },
});

export function registerVerifyEmail(app: AuthApp): void {
  app.openapi(confirmRoute, async (c) => {
    const { token } = c.req.valid("json");
    const userId = await consumeOneTimeToken(c.env.IDENTITY, token, "email_verification");
    if (!userId) {
      throw new ProblemError(400, "This confirmation link is not valid: it was already used, replaced by a newer one, or has expired.", {
        errors: [{ pointer: "json.token", detail: "invalid or expired" }],
      });
    }
    const now = isoNow();
    await identityDb(c.env.IDENTITY)
      .update(users)
      .set({ emailVerifiedAt: now, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
    return c.body(null, 204);
  });

  app.openapi(resendRoute, async (c) => {
    const { user } = await signedIn(c, { change: true });
    if (user.emailVerifiedAt) throw new ProblemError(409, "This address is already confirmed.");
    const issued = await issueOneTimeToken(c.env.IDENTITY, user.id, "email_verification");
    if (!issued) throw new ProblemError(429, "Three confirmation links were sent in the last hour; use the newest one or try again later.");
    await sendEmail(c.env, user, EMAIL_TEMPLATES.verifyEmail, { token: issued.token, expires_at: issued.expiresAt });
    return c.json({ status: "accepted" as const, detail: "Check your inbox for the new confirmation link." }, 202);
  });
}
