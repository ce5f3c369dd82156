import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, sql } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { apiKeys, users } from "#shared/db/identity";
import { after, newestFirst, orderBy } from "#shared/http/keyset";
import { PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { problems } from "#shared/http/responses";
import { API_KEY, API_KEY_STATUSES, keysWithStatus } from "../api-keys";
import type { AuthApp } from "../context";
import { containing } from "../like";
import { signedInAdmin } from "../signed-in";
import { ApiKeySchema, keyView } from "./api-keys";

const NEWEST_FIRST = newestFirst(apiKeys.createdAt, apiKeys.id);

const AdminApiKeySchema = ApiKeySchema.extend({
  owner: z
    .object({ id: z.string(), email: z.string(), display_name: z.string().nullable(), disabled: z.boolean() })
    .openapi({ description: "The account the key acts as. A disabled owner's keys do not resolve, whatever their status." }),
}).openapi("AdminApiKey");

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/admin/api-keys",
  tags: ["auth"],
  summary: "Every account's API keys (admin)",
  description:
    "Newest first, with each key's owner, never the secret nor its digest. `q` matches part of the key's prefix, its name, " + "or its owner's email address.",
  request: {
    query: PageQuery.extend({
      q: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .optional()
        .openapi({ param: { name: "q", in: "query" }, example: "example.org" }),
      status: z
        .enum(API_KEY_STATUSES)
        .optional()
        .openapi({ param: { name: "status", in: "query" } }),
      tier: z
        .enum(API_KEY.tiers)
        .optional()
        .openapi({ param: { name: "tier", in: "query" } }),
      user_id: z
        .string()
        .max(64)
        .optional()
        .openapi({ param: { name: "user_id", in: "query" }, description: "One account's keys." }),
    }),
  },
  responses: {
    200: { description: "A page of keys.", content: { "application/json": { schema: pageOf(AdminApiKeySchema).openapi("AdminApiKeyPage") } } },
    ...problems(400, 401, 403),
  },
});

export function registerAdminApiKeys(app: AuthApp): void {
  app.openapi(listRoute, async (c) => {
    await signedInAdmin(c);
    const { limit, cursor, q, status, tier, user_id } = c.req.valid("query");
    const d = identityDb(c.env.IDENTITY);
    const filter = and(
      q
        ? sql`(${apiKeys.prefix} LIKE ${containing(q)} ESCAPE '\\' OR lower(${apiKeys.name}) LIKE ${containing(q)} ESCAPE '\\'
              OR ${users.emailNormalized} LIKE ${containing(q)} ESCAPE '\\')`
        : undefined,
      status ? keysWithStatus(status, isoNow()) : undefined,
      tier ? eq(apiKeys.tier, tier) : undefined,
      user_id ? eq(apiKeys.ownerUserId, user_id) : undefined,
    );
    const page = and(filter, after(NEWEST_FIRST, cursor));
    // Selected column by column from `users`, so no password hash is ever read for this list.
    const owner = { id: users.id, email: users.email, displayName: users.displayName, disabledAt: users.disabledAt };
    const [[total], rows] = await Promise.all([
      d.select({ n: count() }).from(apiKeys).innerJoin(users, eq(users.id, apiKeys.ownerUserId)).where(filter),
      d
        .select({ key: apiKeys, owner })
        .from(apiKeys)
        .innerJoin(users, eq(users.id, apiKeys.ownerUserId))
        .where(page)
        .orderBy(...orderBy(NEWEST_FIRST))
        .limit(limit + 1),
    ]);
    const keys = rows.map((r) => ({
      ...keyView(r.key),
      owner: { id: r.owner.id, email: r.owner.email, display_name: r.owner.displayName, disabled: r.owner.disabledAt !== null },
    }));
    c.header("cache-control", "private, no-store");
    return c.json(
      toPage(keys, limit, (k) => [k.created_at, k.id], total?.n ?? 0),
      200,
    );
  });
}
