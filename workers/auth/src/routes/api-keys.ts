import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, isNull } from "drizzle-orm";
import { identityDb, isoNow } from "#shared/db/index";
import { apiKeys, type ApiKeyRow } from "#shared/db/identity";
import { hasRole } from "#shared/auth/roles";
import { after, newestFirst, orderBy } from "#shared/http/keyset";
import { PageQuery, pageOf, toPage } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { problems } from "#shared/http/responses";
import { API_KEY, API_KEY_STATUSES, keysWithStatus, mintApiKey, statusOf, type ApiKeyTier } from "../api-keys";
import type { AuthApp } from "../context";
import { IdParam, jsonBody } from "../schemas";
import { signedIn, type SignedIn } from "../signed-in";

const NEWEST_FIRST = newestFirst(apiKeys.createdAt, apiKeys.id);

const Tier = z.enum(API_KEY.tiers).openapi({ description: "Rate-limit tier. `partner` is granted by admins only." });

export const ApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: "The visible start of the key, to tell keys apart.", example: "op_k3j9x2aa" }),
    tier: z.string(),
    status: z.enum(API_KEY_STATUSES),
    owner_user_id: z.string(),
    created_at: z.string(),
    expires_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
    last_used_at: z.string().nullable(),
  })
  .openapi("ApiKey");

const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().openapi({ description: "The whole key. Shown this once: only a digest is kept.", example: "op_k3j9x2aa_7Gm…" }),
}).openapi("CreatedApiKey");

export function keyView(key: ApiKeyRow) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    tier: key.tier,
    status: statusOf(key),
    owner_user_id: key.ownerUserId,
    created_at: key.createdAt,
    expires_at: key.expiresAt,
    revoked_at: key.revokedAt,
    last_used_at: key.lastUsedAt,
  };
}

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/auth/api-keys",
  tags: ["auth"],
  summary: "The caller's API keys",
  description: "Newest first, without the secret part. Admins may pass `user_id` to see another account's keys.",
  request: {
    query: PageQuery.extend({
      user_id: z
        .string()
        .max(64)
        .optional()
        .openapi({ param: { name: "user_id", in: "query" }, description: "Admins only: whose keys." }),
      status: z
        .enum(API_KEY_STATUSES)
        .optional()
        .openapi({ param: { name: "status", in: "query" } }),
    }),
  },
  responses: {
    200: { description: "A page of keys.", content: { "application/json": { schema: pageOf(ApiKeySchema).openapi("ApiKeyPage") } } },
    ...problems(400, 401, 403),
  },
});

const CreateBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: "newsroom dashboard" }),
    tier: Tier.default("free"),
    expires_at: z.iso.datetime({ offset: true }).optional().openapi({ description: "When the key stops working; none by default." }),
  })
  .openapi("ApiKeyRequest");

const createRoute_ = createRoute({
  method: "post",
  path: "/api/v1/auth/api-keys",
  tags: ["auth"],
  summary: "Create an API key",
  description:
    "Answers the whole key once (`op_<prefix>_<secret>`); send it as `Authorization: Bearer <key>` or `X-API-Key`. Keys act " +
    `as their owner with the rate limits of their tier. At most ${API_KEY.maxActivePerUser} active keys per account. Needs a signed-in session (not an API key).`,
  request: { body: jsonBody(CreateBody) },
  responses: {
    201: { description: "Created; the key is in `key`.", content: { "application/json": { schema: CreatedApiKeySchema } } },
    ...problems(400, 401, 403, 409),
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/v1/auth/api-keys/{id}",
  tags: ["auth"],
  summary: "Change a key's tier (admin)",
  description: "Moves a consumer's key to another rate-limit tier, e.g. `partner`.",
  request: { params: IdParam("The key id."), body: jsonBody(z.object({ tier: Tier }).openapi("ApiKeyUpdate")) },
  responses: { 200: { description: "The key.", content: { "application/json": { schema: ApiKeySchema } } }, ...problems(400, 401, 403, 404) },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/v1/auth/api-keys/{id}",
  tags: ["auth"],
  summary: "Revoke an API key",
  description: "The key stops working at once (the gateway may still accept it for up to 30 s from its cache). Admins may revoke any key.",
  request: { params: IdParam("The key id.") },
  responses: { 204: { description: "Revoked (or already was)." }, ...problems(401, 403, 404) },
});

const isAdmin = (account: SignedIn) => hasRole(account.roles, "admin");

export function registerApiKeys(app: AuthApp): void {
  app.openapi(listRoute, async (c) => {
    const account = await signedIn(c);
    const { limit, cursor, user_id, status } = c.req.valid("query");
    if (user_id && user_id !== account.user.id && !isAdmin(account)) throw new ProblemError(403, "Only admins may list another account's keys.");
    const owner = user_id ?? account.user.id;
    const d = identityDb(c.env.IDENTITY);
    const filter = and(eq(apiKeys.ownerUserId, owner), status ? keysWithStatus(status, isoNow()) : undefined);
    const page = and(filter, after(NEWEST_FIRST, cursor));
    const [[total], rows] = await Promise.all([
      d.select({ n: count() }).from(apiKeys).where(filter),
      d
        .select()
        .from(apiKeys)
        .where(page)
        .orderBy(...orderBy(NEWEST_FIRST))
        .limit(limit + 1),
    ]);
    return c.json(
      toPage(rows.map(keyView), limit, (k) => [k.created_at, k.id], total?.n ?? 0),
      200,
    );
  });

  app.openapi(createRoute_, async (c) => {
    const account = await signedIn(c, { change: true });
    const { name, tier, expires_at } = c.req.valid("json");
    if ((API_KEY.adminTiers as readonly ApiKeyTier[]).includes(tier) && !isAdmin(account)) {
      throw new ProblemError(403, `Only admins may grant the ${tier} tier; create a free key and ask for an upgrade.`);
    }
    const expiresAt = expires_at ? new Date(expires_at).toISOString() : null;
    if (expiresAt && expiresAt <= isoNow()) {
      throw new ProblemError(400, "expires_at must be in the future.", { errors: [{ pointer: "json.expires_at", detail: "must be in the future" }] });
    }
    const now = isoNow();
    const minted = await mintApiKey();
    const id = crypto.randomUUID();
    // Counted and inserted in one statement, so keys created together cannot pass the cap.
    const inserted = await c.env.IDENTITY.prepare(
      `INSERT INTO api_keys (id, prefix, key_hash, tier, owner_user_id, name, created_at, expires_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
       WHERE (SELECT count(*) FROM api_keys WHERE owner_user_id = ?5 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?7)) < ?9`,
    )
      .bind(id, minted.prefix, minted.keyHash, tier, account.user.id, name, now, expiresAt, API_KEY.maxActivePerUser)
      .run();
    if (inserted.meta.changes !== 1) throw new ProblemError(409, `You have ${API_KEY.maxActivePerUser} active keys already; revoke one first.`);
    const [row] = await identityDb(c.env.IDENTITY).select().from(apiKeys).where(eq(apiKeys.id, id));
    c.header("cache-control", "no-store");
    return c.json({ ...keyView(row!), key: minted.key }, 201);
  });

  app.openapi(patchRoute, async (c) => {
    const account = await signedIn(c, { change: true });
    if (!isAdmin(account)) throw new ProblemError(403, "This route requires the admin role.");
    const { id } = c.req.valid("param");
    const { tier } = c.req.valid("json");
    const [row] = await identityDb(c.env.IDENTITY).update(apiKeys).set({ tier }).where(eq(apiKeys.id, id)).returning();
    if (!row) throw new ProblemError(404, `No API key ${id}.`);
    return c.json(keyView(row), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const account = await signedIn(c, { change: true });
    const { id } = c.req.valid("param");
    const d = identityDb(c.env.IDENTITY);
    const [key] = await d.select().from(apiKeys).where(eq(apiKeys.id, id));
    // Another account's key is as absent as one that never existed, except to admins.
    if (!key || (key.ownerUserId !== account.user.id && !isAdmin(account))) throw new ProblemError(404, `You have no API key ${id}.`);
    if (!key.revokedAt)
      await d
        .update(apiKeys)
        .set({ revokedAt: isoNow() })
        .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
    return c.body(null, 204);
  });
}
