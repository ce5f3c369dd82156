import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "#shared/auth/caller";
import { gateway, readProblem } from "./helpers";
import { call, signUp, type Tokens } from "../workers/auth/test/client";
import type { Schema } from "../web/src/api/operations";

type KeyPage = Schema<"AdminApiKeyPage">;

const LIST = "/api/v1/auth/admin/api-keys";

let admin: { caller: Caller; tokens: Tokens };
beforeAll(async () => {
  admin = await signUp("keys-admin", ["admin"]);
});

async function createKey(caller: Caller, name: string): Promise<Schema<"CreatedApiKey">> {
  const response = await call("/api/v1/auth/api-keys", { caller, body: { name } });
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Schema<"CreatedApiKey">;
}

async function list(query: string, caller: Caller = admin.caller): Promise<KeyPage> {
  const response = await call(`${LIST}?${query}`, { caller });
  expect(response.status).toBe(200);
  return (await response.json()) as KeyPage;
}

describe("every account's API keys, for admins", () => {
  it("lists keys of several accounts newest first, each with its owner, by page", async () => {
    const tag = `fleet${crypto.randomUUID().slice(0, 6)}`;
    const alice = await signUp(`${tag}-alice`);
    const bob = await signUp(`${tag}-bob`);
    const a1 = await createKey(alice.caller, "alice one");
    const b1 = await createKey(bob.caller, "bob one");
    const a2 = await createKey(alice.caller, "alice two");

    const first = await list(`q=${tag}&limit=2`);
    expect(first.pagination).toMatchObject({ total: 3, limit: 2 });
    expect(first.data.map((k) => k.id)).toEqual([a2.id, b1.id]);
    expect(first.data[0]).toMatchObject({
      name: "alice two",
      prefix: a2.prefix,
      tier: "free",
      status: "active",
      owner_user_id: alice.tokens.user.id,
      owner: { id: alice.tokens.user.id, email: alice.email, display_name: null, disabled: false },
      revoked_at: null,
    });
    expect(first.data[1]!.owner.email).toBe(bob.email);

    const next = await list(`q=${tag}&limit=2&cursor=${first.pagination.next_cursor}`);
    expect(next.data.map((k) => k.id)).toEqual([a1.id]);
    expect(next.pagination.next_cursor).toBeNull();
  });

  it("never shows a key's secret or its digest", async () => {
    const owner = await signUp("secret-keeper");
    const created = await createKey(owner.caller, "kept secret");
    const response = await call(`${LIST}?user_id=${owner.tokens.user.id}`, { caller: admin.caller });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const text = await response.text();
    expect(text).toContain(created.prefix);
    expect(text).not.toContain(created.key.split("_")[2]);
    expect(text).not.toMatch(/hash/i);
    const [key] = (JSON.parse(text) as KeyPage).data;
    expect(Object.keys(key!).sort()).toEqual(
      ["created_at", "expires_at", "id", "last_used_at", "name", "owner", "owner_user_id", "prefix", "revoked_at", "status", "tier"].sort(),
    );
  });

  it("filters by status, tier, owner and by part of the prefix, the name or the owner's email", async () => {
    const owner = await signUp("filters");
    const kept = await createKey(owner.caller, "newsroom dashboard");
    const revoked = await createKey(owner.caller, "old script");
    expect((await call(`/api/v1/auth/api-keys/${revoked.id}`, { method: "DELETE", caller: owner.caller })).status).toBe(204);
    expect((await call(`/api/v1/auth/api-keys/${kept.id}`, { method: "PATCH", caller: admin.caller, body: { tier: "partner" } })).status).toBe(200);

    const mine = `user_id=${owner.tokens.user.id}`;
    expect((await list(`${mine}&status=revoked`)).data.map((k) => k.id)).toEqual([revoked.id]);
    expect((await list(`${mine}&status=active`)).data.map((k) => k.id)).toEqual([kept.id]);
    expect((await list(`${mine}&tier=partner`)).data.map((k) => k.id)).toEqual([kept.id]);
    expect((await list(`${mine}&q=NEWSROOM`)).data.map((k) => k.id)).toEqual([kept.id]);
    expect((await list(`q=${revoked.prefix}`)).data.map((k) => k.id)).toEqual([revoked.id]);
    expect((await list(`q=${encodeURIComponent(owner.email.split("@")[0]!)}`)).pagination.total).toBe(2);
    // `%` is a character to find, not a wildcard.
    expect((await list("q=%25")).data).toEqual([]);
    expect((await list(`${mine}&status=revoked`)).data[0]!.revoked_at).not.toBeNull();
  });

  it("answers 400 for a filter it does not know and a cursor it did not issue", async () => {
    expect((await call(`${LIST}?status=lost`, { caller: admin.caller })).status).toBe(400);
    expect((await call(`${LIST}?tier=gold`, { caller: admin.caller })).status).toBe(400);
    expect((await call(`${LIST}?cursor=nonsense`, { caller: admin.caller })).status).toBe(400);
  });
});

describe("every account's API keys, for everyone else", () => {
  it("refuses a citizen with 403, at the gateway and at the service", async () => {
    const citizen = await signUp("keys-citizen");
    const atGateway = await gateway(LIST, { headers: { authorization: `Bearer ${citizen.tokens.access_token}` } });
    expect(atGateway.status).toBe(403);
    expect((await readProblem(atGateway)).detail).toContain("requires the admin role");

    // A caller claiming admin (e.g. from a token issued before the role was withdrawn) is checked against the role held now.
    const atService = await call(LIST, { caller: { ...citizen.caller, roles: ["citizen", "admin"] } });
    expect(atService.status).toBe(403);
    expect((await readProblem(atService)).detail).toBe("This route requires the admin role.");
  });

  it("refuses an anonymous caller with 401, at the gateway and at the service", async () => {
    const atGateway = await gateway(LIST);
    expect(atGateway.status).toBe(401);
    expect((await readProblem(atGateway)).detail).toContain("admin role");

    const atService = await call(LIST);
    expect(atService.status).toBe(401);
    expect(atService.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("lets an admin's API key read the list, and nothing else lives at that path", async () => {
    const key = await createKey(admin.caller, "admin automation");
    const response = await gateway(LIST, { headers: { "x-api-key": key.key } });
    expect(response.status).toBe(200);
    const post = await gateway(LIST, { method: "POST", headers: { "x-api-key": key.key, "content-type": "application/json" }, body: "{}" });
    expect([404, 405]).toContain(post.status);
  });
});
