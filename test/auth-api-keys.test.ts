import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Caller } from "#shared/auth/caller";
import { readProblem } from "./helpers";
import { authRpc, call, identityRow, signUp } from "../workers/auth/test/client";
import type { Schema } from "../web/src/api/operations";

type CreatedKey = Schema<"CreatedApiKey">;
type KeyPage = Schema<"ApiKeyPage">;

async function createKey(caller: Caller, body: Record<string, unknown> = { name: "research" }): Promise<CreatedKey> {
  const response = await call("/api/v1/auth/api-keys", { caller, body });
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as CreatedKey;
}

/** The caller the gateway establishes from a key's grant. */
const keyCaller = (grant: { keyId: string; userId: string; roles: Caller["roles"]; tier: string }): Caller => ({
  kind: "api_key",
  userId: grant.userId,
  apiKeyId: grant.keyId,
  roles: grant.roles,
  tier: grant.tier,
});

describe("API keys", () => {
  it("shows a new key once, keeps only its digest, and lists it without the secret", async () => {
    const { caller, tokens } = await signUp("keys");
    const created = await createKey(caller, { name: "  newsroom dashboard " });
    expect(created.key).toMatch(/^op_[a-z0-9]{8}_[A-Za-z0-9]{40}$/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    expect(created).toMatchObject({ name: "newsroom dashboard", tier: "free", status: "active", expires_at: null });

    const row = await env.IDENTITY.prepare("SELECT * FROM api_keys WHERE id = ?").bind(created.id).first<Record<string, string>>();
    expect(JSON.stringify(row)).not.toContain(created.key.split("_")[2]);

    const listed = await call("/api/v1/auth/api-keys", { caller });
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as KeyPage;
    expect(page.pagination.total).toBe(1);
    expect(page.data[0]).toMatchObject({ id: created.id, prefix: created.prefix, owner_user_id: tokens.user.id, status: "active" });
    expect(page.data[0]).not.toHaveProperty("key");
  });

  it("resolves a key over RPC to its owner's roles and tier, and records its use", async () => {
    const { caller, tokens } = await signUp("resolve", ["analyst"]);
    const created = await createKey(caller);
    const grant = await authRpc.resolveApiKey(created.key);
    expect(grant).toEqual({ keyId: created.id, userId: tokens.user.id, roles: ["citizen", "analyst"], tier: "free", expiresAt: null });
    const used = await identityRow<{ last_used_at: string | null }>("SELECT last_used_at FROM api_keys WHERE id = ?", created.id);
    expect(used!.last_used_at).not.toBeNull();
  });

  it("resolves nothing for malformed, unknown or altered keys", async () => {
    const { caller } = await signUp("forged");
    const created = await createKey(caller);
    const altered = created.key.slice(0, -1) + (created.key.endsWith("a") ? "b" : "a");
    for (const key of ["", "op_", "not a key", `${created.prefix}_${"x".repeat(40)}`, altered, `${created.key}x`]) {
      expect(await authRpc.resolveApiKey(key), key).toBeNull();
    }
  });

  it("stops resolving a revoked key", async () => {
    const { caller } = await signUp("revoke");
    const created = await createKey(caller);
    expect((await call(`/api/v1/auth/api-keys/${created.id}`, { method: "DELETE", caller })).status).toBe(204);
    expect(await authRpc.resolveApiKey(created.key)).toBeNull();
    // Revoking again is not an error; the key is listed as revoked.
    expect((await call(`/api/v1/auth/api-keys/${created.id}`, { method: "DELETE", caller })).status).toBe(204);
    const page = (await (await call("/api/v1/auth/api-keys?status=revoked", { caller })).json()) as KeyPage;
    expect(page.data).toEqual([expect.objectContaining({ id: created.id, status: "revoked" })]);
  });

  it("stops resolving a key once it expires", async () => {
    const { caller } = await signUp("expiry");
    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    const created = await createKey(caller, { name: "short-lived", expires_at: expiresAt });
    expect(created.expires_at).toBe(expiresAt);
    expect((await authRpc.resolveApiKey(created.key))?.expiresAt).toBe(expiresAt);
    await env.IDENTITY.prepare("UPDATE api_keys SET expires_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), created.id)
      .run();
    expect(await authRpc.resolveApiKey(created.key)).toBeNull();

    const past = await call("/api/v1/auth/api-keys", { caller, body: { name: "already over", expires_at: "2001-01-01T00:00:00Z" } });
    expect(past.status).toBe(400);
    expect((await readProblem(past)).errors?.[0]?.pointer).toBe("json.expires_at");
  });

  it("stops resolving the keys of a disabled account", async () => {
    const { caller, tokens } = await signUp("owner");
    const created = await createKey(caller);
    await env.IDENTITY.prepare("UPDATE users SET disabled_at = ? WHERE id = ?").bind(new Date().toISOString(), tokens.user.id).run();
    expect(await authRpc.resolveApiKey(created.key)).toBeNull();
  });

  it("grants the partner tier to admins only", async () => {
    const citizen = await signUp("citizen");
    const refused = await call("/api/v1/auth/api-keys", { caller: citizen.caller, body: { name: "big", tier: "partner" } });
    expect(refused.status).toBe(403);
    expect((await readProblem(refused)).detail).toContain("Only admins may grant the partner tier");

    const admin = await signUp("admin", ["admin"]);
    expect((await createKey(admin.caller, { name: "partner", tier: "partner" })).tier).toBe("partner");
    // Or upgrades a consumer's key.
    const free = await createKey(citizen.caller);
    const upgraded = await call(`/api/v1/auth/api-keys/${free.id}`, { method: "PATCH", caller: admin.caller, body: { tier: "partner" } });
    expect(upgraded.status).toBe(200);
    expect((await authRpc.resolveApiKey(free.key))?.tier).toBe("partner");
    expect((await call(`/api/v1/auth/api-keys/${free.id}`, { method: "PATCH", caller: citizen.caller, body: { tier: "partner" } })).status).toBe(403);
  });

  it("keeps each account's keys to itself", async () => {
    const alice = await signUp("alice");
    const bob = await signUp("bob");
    const key = await createKey(alice.caller);
    const page = (await (await call("/api/v1/auth/api-keys", { caller: bob.caller })).json()) as KeyPage;
    expect(page.data).toEqual([]);
    expect((await call(`/api/v1/auth/api-keys?user_id=${alice.tokens.user.id}`, { caller: bob.caller })).status).toBe(403);
    expect((await call(`/api/v1/auth/api-keys/${key.id}`, { method: "DELETE", caller: bob.caller })).status).toBe(404);
    expect(await authRpc.resolveApiKey(key.key)).not.toBeNull();

    const admin = await signUp("keys-admin", ["admin"]);
    const theirs = (await (await call(`/api/v1/auth/api-keys?user_id=${alice.tokens.user.id}`, { caller: admin.caller })).json()) as KeyPage;
    expect(theirs.data.map((k) => k.id)).toEqual([key.id]);
  });

  it("lets a key read its owner's account but not mint keys or end sessions", async () => {
    const { caller, tokens } = await signUp("by-key");
    const created = await createKey(caller);
    const asKey = keyCaller((await authRpc.resolveApiKey(created.key))!);

    const me = await call("/api/v1/auth/me", { caller: asKey });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: tokens.user.id, signed_in_with: "api_key", api_key_id: created.id, session_id: null });
    expect((await call("/api/v1/auth/api-keys", { caller: asKey })).status).toBe(200);

    for (const [method, path] of [
      ["POST", "/api/v1/auth/api-keys"],
      ["DELETE", `/api/v1/auth/api-keys/${created.id}`],
      ["DELETE", `/api/v1/auth/sessions/${tokens.session.id}`],
    ] as const) {
      const response = await call(path, { method, caller: asKey, ...(method === "POST" ? { body: { name: "more" } } : {}) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await readProblem(response)).detail).toContain("An API key can read its owner's account but not change it");
    }
  });

  it("caps the number of active keys per account, even when they are created at once", async () => {
    const { caller } = await signUp("many");
    const answers = await Promise.all(Array.from({ length: 21 }, (_, i) => call("/api/v1/auth/api-keys", { caller, body: { name: `key ${i}` } })));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(20);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(1);
    const page = (await (await call("/api/v1/auth/api-keys?limit=15", { caller })).json()) as KeyPage;
    expect(page.data).toHaveLength(15);
    expect(page.pagination.total).toBe(20);
    const rest = (await (await call(`/api/v1/auth/api-keys?limit=15&cursor=${page.pagination.next_cursor}`, { caller })).json()) as KeyPage;
    expect(rest.data).toHaveLength(5);
  });
});
