import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { sessions } from "#shared/db/identity";
import { after, newestFirst, orderBy } from "#shared/http/keyset";
import { PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import type { AuthApp } from "../context";
import { IdParam, SessionSchema } from "../schemas";
import { revokeSession, sessionView } from "../sessions";
import { signedIn } from "../signed-in";

const NEWEST_FIRST = newestFirst(sessions.createdAt, sessions.id);

const DeviceSchema = SessionSchema.extend({
  current: z.boolean().openapi({ description: "Whether this is the session of the access token making the request." }),
}).openapi("Device");

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/sessions",
  tags: ["auth"],
  summary: "The caller's signed-in devices",
  description: "Sessions that have not ended, newest first: user agent, device name, when each started and was last refreshed.",
  request: { query: PageQuery },
  responses: {
    200: { description: "A page of sessions.", content: { "application/json": { schema: pageOf(DeviceSchema).openapi("DevicePage") } } },
    ...problems(400, 401),
  },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/v1/auth/sessions/{id}",
  tags: ["auth"],
  summary: "Sign a device out",
  description: "Ends one of the caller's sessions: its refresh token stops working. Its access token lapses within 15 minutes.",
  request: { params: IdParam("The session id.") },
  responses: { 204: { description: "The session has ended." }, ...problems(401, 403, 404) },
});

export function registerSessions(app: AuthApp): void {
  app.openapi(listRoute, async (c) => {
    const { user, caller } = await signedIn(c);
    const { limit, cursor } = c.req.valid("query");
    const d = identityDb(c.env.IDENTITY);
    const active = and(eq(sessions.userId, user.id), isNull(sessions.revokedAt), gt(sessions.expiresAt, isoNow()));
    const page = and(active, after(NEWEST_FIRST, cursor));
    const [[total], rows] = await Promise.all([
      d.select({ n: count() }).from(sessions).where(active),
      d
        .select()
        .from(sessions)
        .where(page)
        .orderBy(...orderBy(NEWEST_FIRST))
        .limit(limit + 1),
    ]);
    const devices = rows.map((s) => ({ ...sessionView(s), current: s.id === caller.sessionId }));
    return c.json(
      toPage(devices, limit, (s) => [s.created_at, s.id], total?.n ?? 0),
      200,
    );
  });

  app.openapi(deleteRoute, async (c) => {
    const { user } = await signedIn(c, { change: true });
    const { id } = c.req.valid("param");
    const [session] = await identityDb(c.env.IDENTITY)
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.userId, user.id), isNull(sessions.revokedAt)));
    // Someone else's session is as absent as one that never existed.
    if (!session || !(await revokeSession(c.env.IDENTITY, id, "revoked_by_user"))) throw new ProblemError(404, `You have no active session ${id}.`);
    return c.body(null, 204);
  });
}
