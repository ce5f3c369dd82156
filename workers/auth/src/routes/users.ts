import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, inArray, isNotNull, isNull, not, sql } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { userRoles, users } from "#shared/db/identity";
import { after, newestFirst, orderBy } from "#shared/http/keyset";
import { PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import type { Role } from "#shared/auth/roles";
import { accountById, accountView, parseRoles } from "../accounts";
import type { AuthApp } from "../context";
import { containing } from "../like";
import { AccountSchema, IdParam, jsonBody } from "../schemas";
import { revokeAllSessions } from "../sessions";
import { signedInAdmin } from "../signed-in";

const NEWEST_FIRST = newestFirst(users.createdAt, users.id);

/** Roles an admin may grant people; `service` is for Workers, never for accounts. */
const GRANTABLE = ["citizen", "analyst", "admin"] as const satisfies readonly Role[];

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/users",
  tags: ["auth"],
  summary: "Accounts (admin)",
  description: "Newest first. `q` matches part of the email or display name.",
  request: {
    query: PageQuery.extend({
      q: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .optional()
        .openapi({ param: { name: "q", in: "query" }, example: "example.org" }),
      role: z
        .enum(GRANTABLE)
        .optional()
        .openapi({ param: { name: "role", in: "query" } }),
      status: z
        .enum(["active", "disabled"])
        .optional()
        .openapi({ param: { name: "status", in: "query" } }),
    }),
  },
  responses: {
    200: { description: "A page of accounts.", content: { "application/json": { schema: pageOf(AccountSchema).openapi("AccountPage") } } },
    ...problems(400, 401, 403),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/users/{id}",
  tags: ["auth"],
  summary: "One account (admin)",
  request: { params: IdParam("The user id.") },
  responses: { 200: { description: "The account.", content: { "application/json": { schema: AccountSchema } } }, ...problems(401, 403, 404) },
});

const PatchBody = z
  .object({
    roles: z.array(z.enum(GRANTABLE)).max(GRANTABLE.length).optional().openapi({ description: "The account's roles from now on; `citizen` is always kept." }),
    disabled: z
      .boolean()
      .optional()
      .openapi({
        description:
          "Disabling ends every session at once, stops the account's API keys and refuses sign-in and refresh; " +
          "access tokens already issued lapse within 15 minutes.",
      }),
  })
  .refine((b) => b.roles !== undefined || b.disabled !== undefined, "Send roles, disabled or both.")
  .openapi("AccountUpdate");

const patchRoute = createRoute({
  method: "patch",
  path: "/api/v1/auth/users/{id}",
  tags: ["auth"],
  summary: "Set an account's roles, disable or enable it (admin)",
  description:
    "New roles, and a disabled account, bind on every route within the gateway's revocation bound (5 s). Admins cannot withdraw their own admin role or disable themselves.",
  request: { params: IdParam("The user id."), body: jsonBody(PatchBody) },
  responses: { 200: { description: "The account.", content: { "application/json": { schema: AccountSchema } } }, ...problems(400, 401, 403, 404, 409) },
});

const rolesList = sql<string | null>`(SELECT group_concat(${userRoles.role}) FROM ${userRoles} WHERE ${userRoles.userId} = ${users.id})`;

export function registerUsers(app: AuthApp): void {
  app.openapi(listRoute, async (c) => {
    await signedInAdmin(c);
    const { limit, cursor, q, role, status } = c.req.valid("query");
    const d = identityDb(c.env.IDENTITY);
    const filter = and(
      q ? sql`(${users.emailNormalized} LIKE ${containing(q)} ESCAPE '\\' OR lower(${users.displayName}) LIKE ${containing(q)} ESCAPE '\\')` : undefined,
      role ? sql`EXISTS (SELECT 1 FROM ${userRoles} WHERE ${userRoles.userId} = ${users.id} AND ${userRoles.role} = ${role})` : undefined,
      status === "disabled" ? isNotNull(users.disabledAt) : status === "active" ? isNull(users.disabledAt) : undefined,
    );
    const page = and(filter, after(NEWEST_FIRST, cursor));
    const [[total], rows] = await Promise.all([
      d.select({ n: count() }).from(users).where(filter),
      d
        .select({ user: users, roles: rolesList })
        .from(users)
        .where(page)
        .orderBy(...orderBy(NEWEST_FIRST))
        .limit(limit + 1),
    ]);
    const accounts = rows.map((r) => accountView({ user: r.user, roles: parseRoles(r.roles) }));
    return c.json(
      toPage(accounts, limit, (a) => [a.created_at, a.id], total?.n ?? 0),
      200,
    );
  });

  app.openapi(getRoute, async (c) => {
    await signedInAdmin(c);
    const { id } = c.req.valid("param");
    const account = await accountById(c.env.IDENTITY, id);
    if (!account) throw new ProblemError(404, `No account ${id}.`);
    return c.json(accountView(account), 200);
  });

  app.openapi(patchRoute, async (c) => {
    const admin = await signedInAdmin(c, { change: true });
    const { id } = c.req.valid("param");
    const { roles, disabled } = c.req.valid("json");
    const db = c.env.IDENTITY;
    const target = await accountById(db, id);
    if (!target) throw new ProblemError(404, `No account ${id}.`);
    if (id === admin.user.id && (disabled === true || (roles && !roles.includes("admin")))) {
      throw new ProblemError(409, "Admins cannot disable themselves or withdraw their own admin role; ask another admin.");
    }

    const d = identityDb(db);
    const now = isoNow();
    if (roles) {
      const wanted = [...new Set<Role>(["citizen", ...roles])];
      await d.batch([
        d.delete(userRoles).where(and(eq(userRoles.userId, id), inArray(userRoles.role, [...GRANTABLE]), not(inArray(userRoles.role, wanted)))),
        d
          .insert(userRoles)
          .values(wanted.map((role) => ({ userId: id, role, grantedBy: admin.user.id, grantedAt: now })))
          .onConflictDoNothing(),
        d.update(users).set({ updatedAt: now }).where(eq(users.id, id)),
      ]);
    }
    if (disabled === true && !target.user.disabledAt) {
      await d.update(users).set({ disabledAt: now, updatedAt: now }).where(eq(users.id, id));
      await revokeAllSessions(db, id, "user_disabled");
    } else if (disabled === false && target.user.disabledAt) {
      await d.update(users).set({ disabledAt: null, updatedAt: now }).where(eq(users.id, id));
    }
    return c.json(accountView((await accountById(db, id))!), 200);
  });
}
