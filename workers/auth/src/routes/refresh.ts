import { createRoute } from "@hono/zod-openapi";
import { log } from "#shared/http/logger";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { accountById } from "../accounts";
import type { AuthApp } from "../context";
import { tokenResponse } from "../issue";
import { jsonBody, RefreshTokenBody, TokenResponseSchema } from "../schemas";
import { rotateRefreshToken } from "../sessions";

const route = createRoute({
  method: "post",
  path: "/api/v1/auth/refresh",
  tags: ["auth"],
  summary: "Refresh the access token",
  description:
    "Exchanges a refresh token for a new access token and the next refresh token; the one presented is used up. Presenting " +
    "a refresh token a second time means someone else holds a copy: the whole session ends and both holders must sign in " +
    "again. A disabled account cannot refresh. Roles in the new access token are the account's roles now.",
  request: { body: jsonBody(RefreshTokenBody.openapi("RefreshRequest")) },
  responses: {
    200: { description: "The new tokens.", content: { "application/json": { schema: TokenResponseSchema } } },
    ...problems(400, 401),
  },
});

export function registerRefresh(app: AuthApp): void {
  app.openapi(route, async (c) => {
    const { refresh_token } = c.req.valid("json");
    const db = c.env.IDENTITY;
    const rotation = await rotateRefreshToken(db, refresh_token, async (userId) => {
      const account = await accountById(db, userId);
      return account !== null && account.user.disabledAt === null;
    });
    if (rotation.kind === "reused") {
      log("warn", "refresh token reused; session revoked", {
        session_id: rotation.session.id,
        user_id: rotation.session.userId,
        request_id: c.get("requestId"),
      });
      throw new ProblemError(401, "This refresh token was already used, so the session has been ended to protect the account; sign in again.");
    }
    if (rotation.kind === "invalid") throw new ProblemError(401, "The refresh token is not valid or has expired; sign in again.");
    const account = await accountById(db, rotation.session.userId);
    if (!account) throw new ProblemError(401, "The refresh token is not valid or has expired; sign in again.");
    return c.json(await tokenResponse(c, account, rotation), 200);
  });
}
