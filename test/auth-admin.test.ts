import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "#shared/auth/caller";
import { readProblem } from "./helpers";
import { authRpc, call, identityRow, login, signUp, type Tokens } from "../workers/auth/test/client";
import type { Schema } from "../web/src/api/operations";

type AccountPage = Schema<"AccountPage">;

let admin: { caller: Caller; tokens: Tokens };
beforeAll(async () => {
  admin = await signUp("root", ["admin"]);
});

describe("accounts, for admins", () => {
  it("lists accounts newest first with roles, by page, and finds them by part of the email", async () => {
    const tag = `needle${crypto.randomUUID().slice(0, 6)}`;
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await signUp(`${tag}-${i}`));

    const first = await call(`/api/v1/auth/users?q=${tag}&limit=2`, { caller: admin.caller });
    expect(first.status).toBe(200);
    const page = (await first.json()) as AccountPage;
    expect(page.pagination).toMatchObject({ total: 3, limit: 2 });
    expect(page.data.map((u) => u.id)).toEqual([made[2]!.tokens.user.id, made[1]!.tokens.user.id]);
    expect(page.data[0]).toMatchObject({ roles: ["citizen"], disabled: false });
    const next = (await (
      await call(`/api/v1/auth/users?q=${tag}&limit=2&cursor=${page.pagination.next_cursor}`, { caller: admin.caller })
    ).json()) as AccountPage;
    expect(next.data.map((u) => u.id)).toEqual([made[0]!.tokens.user.id]);
    expect(next.pagination.next_cursor).toBeNull();
  });

  it("treats % and _ in q as plain characters", async () => {
    const page = (await (await call("/api/v1/auth/users?q=%25", { caller: admin.caller })).json()) as AccountPage;
    expect(page.data).toEqual([]);
  });

  it("filters by role and status", async () => {
    const analyst = await signUp("filter", ["analyst"]);
    const page = (await (await call("/api/v1/auth/users?role=analyst&status=active&limit=200", { caller: admin.caller })).json()) as AccountPage;
    expect(page.data.some((u) => u.id === analyst.tokens.user.id)).toBe(true);
    expect(page.data.every((u) => u.roles.includes("analyst") && !u.disabled)).toBe(true);
  });

  it("sets roles, which reach the access token at the next refresh", async () => {
    const { tokens } = await signUp("promote");
    const response = await call(`/api/v1/auth/users/${tokens.user.id}`, { method: "PATCH", caller: admin.caller, body: { roles: ["analyst"] } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: tokens.user.id, roles: ["citizen", "analyst"] });
    const granted = await identityRow<{ granted_by: string }>("SELECT granted_by FROM user_roles WHERE user_id = ? AND role = 'analyst'", tokens.user.id);
    expect(granted!.granted_by).toBe(admin.tokens.user.id);

    const refreshed = (await (await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).json()) as Tokens;
    expect(refreshed.user.roles).toEqual(["citizen", "analyst"]);
    const payload = JSON.parse(atob(refreshed.access_token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")));
    expect(payload.roles).toEqual(["citizen", "analyst"]);

    // Withdrawing: citizen always stays.
    const demoted = await call(`/api/v1/auth/users/${tokens.user.id}`, { method: "PATCH", caller: admin.caller, body: { roles: [] } });
    expect(await demoted.json()).toMatchObject({ roles: ["citizen"] });
  });

  it("disables an account at once: sessions end, refresh and sign-in are refused, keys stop resolving", async () => {
    const target = await signUp("disable");
    const key = (await (await call("/api/v1/auth/api-keys", { caller: target.caller, body: { name: "k" } })).json()) as Schema<"CreatedApiKey">;
    expect(await authRpc.resolveApiKey(key.key)).not.toBeNull();

    const response = await call(`/api/v1/auth/users/${target.tokens.user.id}`, { method: "PATCH", caller: admin.caller, body: { disabled: true } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ disabled: true, disabled_at: expect.any(String) });

    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: target.tokens.refresh_token } })).status).toBe(401);
    const signIn = await login(target.email);
    expect(signIn.status).toBe(403);
    expect((await readProblem(signIn)).detail).toBe("This account has been disabled.");
    expect(await authRpc.resolveApiKey(key.key)).toBeNull();
    // An access token issued before still reaches services for up to 15 minutes; auth's own routes refuse it now.
    expect((await call("/api/v1/auth/me", { caller: target.caller })).status).toBe(401);
    const live = await identityRow<{ n: number }>("SELECT count(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NULL", target.tokens.user.id);
    expect(live!.n).toBe(0);

    // Enabled again, the account signs in; its old sessions stay ended.
    await call(`/api/v1/auth/users/${target.tokens.user.id}`, { method: "PATCH", caller: admin.caller, body: { disabled: false } });
    expect((await login(target.email)).status).toBe(200);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: target.tokens.refresh_token } })).status).toBe(401);
    expect(await authRpc.resolveApiKey(key.key)).not.toBeNull();
  });

  it("does not let admins lock themselves out", async () => {
    const self = `/api/v1/auth/users/${admin.tokens.user.id}`;
    expect((await call(self, { method: "PATCH", caller: admin.caller, body: { disabled: true } })).status).toBe(409);
    expect((await call(self, { method: "PATCH", caller: admin.caller, body: { roles: ["analyst"] } })).status).toBe(409);
  });

  it("answers 404 for an unknown account and 400 for an empty change", async () => {
    expect((await call("/api/v1/auth/users/nobody", { method: "PATCH", caller: admin.caller, body: { disabled: true } })).status).toBe(404);
    expect((await call("/api/v1/auth/users/nobody", { caller: admin.caller })).status).toBe(404);
    expect((await call(`/api/v1/auth/users/${admin.tokens.user.id}`, { method: "PATCH", caller: admin.caller, body: {} })).status).toBe(400);
    expect((await call(`/api/v1/auth/users/${admin.tokens.user.id}`, { method: "PATCH", caller: admin.caller, body: { roles: ["service"] } })).status).toBe(
      400,
    );
  });

  it("checks the admin role held now, not the one a token was issued with", async () => {
    const citizen = await signUp("pretender");
    // A caller claiming admin (e.g. from a token issued before the role was withdrawn).
    const claimed: Caller = { ...citizen.caller, roles: ["citizen", "admin"] };
    const response = await call("/api/v1/auth/users", { caller: claimed });
    expect(response.status).toBe(403);
    expect((await readProblem(response)).detail).toBe("This route requires the admin role.");
  });
});
