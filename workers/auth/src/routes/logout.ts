import { createRoute } from "@hono/zod-openapi";
import { problems } from "#shared/http/responses";
import type { AuthApp } from "../context";
import { jsonBody, RefreshTokenBody } from "../schemas";
import { revokeSession, sessionOfRefreshToken } from "../sessions";

const route = createRoute({
  method: "post",
  path: "/api/v1/auth/logout",
  tags: ["auth"],
  summary: "Sign out",
  description:
    "Ends the session the refresh token belongs to: none of its refresh tokens works any more. Access tokens already issued " +
    "stay valid until they expire (at most 15 minutes); clients drop them. Answers 204 for an unknown or already ended session too.",
  request: { body: jsonBody(RefreshTokenBody.openapi("LogoutRequest")) },
  responses: { 204: { description: "Signed out." }, ...problems(400) },
});

export function registerLogout(app: AuthApp): void {
  app.openapi(route, async (c) => {
    const { refresh_token } = c.req.valid("json");
    const session = await sessionOfRefreshToken(c.env.IDENTITY, refresh_token);
    if (session) await revokeSession(c.env.IDENTITY, session.id, "logout");
    return c.body(null, 204);
  });
}
