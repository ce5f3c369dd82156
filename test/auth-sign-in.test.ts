import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readProblem } from "./helpers";
import { call, identityRow, login, PASSWORD, register, signUp, type Tokens, uniqueClient, uniqueEmail } from "../workers/auth/test/client";
import type { Schema } from "../web/src/api/operations";

describe("register, sign in, refresh, sign out", () => {
  it("registers a citizen and signs in with an access token, a refresh token and a session", async () => {
    const email = uniqueEmail("Ada");
    const registered = await register(email, PASSWORD, { display_name: "Ada Lovelace", locale: "fr" });
    expect(registered.status).toBe(202);
    expect(await registered.json()).toEqual({ status: "accepted", detail: expect.any(String) });

    const response = await call("/api/v1/auth/login", {
      body: { email: email.toUpperCase(), password: PASSWORD, device_name: "Pixel 8" },
      headers: { ...uniqueClient(), "user-agent": "OpenPolicy/1.0 (Android)" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const tokens = (await response.json()) as Tokens;
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 900 });
    expect(tokens.access_token.split(".")).toHaveLength(3);
    expect(tokens.refresh_token).toMatch(/^oprt_[A-Za-z0-9_-]{43}$/);
    expect(tokens.refresh_expires_in).toBeGreaterThan(29 * 24 * 3600);
    expect(tokens.session).toMatchObject({ user_agent: "OpenPolicy/1.0 (Android)", device_name: "Pixel 8" });
    expect(tokens.user).toMatchObject({ email, roles: ["citizen"], display_name: "Ada Lovelace", locale: "fr", email_verified: false, disabled: false });

    const row = await identityRow<{ password_algorithm: string; password_iterations: number; salt: number; last_login_at: string }>(
      "SELECT password_algorithm, password_iterations, length(password_salt) AS salt, last_login_at FROM users WHERE id = ?",
      tokens.user.id,
    );
    expect(row).toMatchObject({ password_algorithm: "pbkdf2-sha256", password_iterations: 100_000, salt: 24 });
    expect(row!.last_login_at).not.toBeNull();
    // Only digests of refresh tokens are kept.
    const stored = await identityRow<{ n: number }>("SELECT count(*) AS n FROM refresh_tokens WHERE token_hash = ?", tokens.refresh_token);
    expect(stored!.n).toBe(0);
  });

  it("rotates the refresh token on every use", async () => {
    const { tokens } = await signUp("rotate");
    const first = await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } });
    expect(first.status).toBe(200);
    const next = (await first.json()) as Tokens;
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect(next.access_token).not.toBe(tokens.access_token);
    expect(next.session.id).toBe(tokens.session.id);

    const second = await call("/api/v1/auth/refresh", { body: { refresh_token: next.refresh_token } });
    expect(second.status).toBe(200);
  });

  it("ends the whole session when a used refresh token comes back (stolen-token detection)", async () => {
    const { tokens } = await signUp("reuse");
    const legit = (await (await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).json()) as Tokens;

    // The thief replays the first token: refused, and the session ends for everyone.
    const replay = await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } });
    expect(replay.status).toBe(401);
    expect((await readProblem(replay)).detail).toContain("already used");

    const afterwards = await call("/api/v1/auth/refresh", { body: { refresh_token: legit.refresh_token } });
    expect(afterwards.status).toBe(401);
    const session = await identityRow<{ revoked_reason: string }>("SELECT revoked_reason FROM sessions WHERE id = ?", tokens.session.id);
    expect(session!.revoked_reason).toBe("reuse_detected");
    const live = await identityRow<{ n: number }>("SELECT count(*) AS n FROM refresh_tokens WHERE session_id = ? AND revoked_at IS NULL", tokens.session.id);
    expect(live!.n).toBe(0);
  });

  it("lets only one of two concurrent refreshes with the same token through", async () => {
    const { tokens } = await signUp("race");
    const answers = await Promise.all([0, 1].map(() => call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it("refuses unknown and expired refresh tokens", async () => {
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: "oprt_nope" } })).status).toBe(401);
    const { tokens } = await signUp("expired");
    await env.IDENTITY.prepare("UPDATE refresh_tokens SET expires_at = '2000-01-01T00:00:00.000Z' WHERE session_id = ?").bind(tokens.session.id).run();
    const response = await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } });
    expect(response.status).toBe(401);
    expect((await readProblem(response)).detail).toContain("not valid or has expired");
  });

  it("signs out: the session's refresh token stops working", async () => {
    const { tokens } = await signUp("logout");
    const out = await call("/api/v1/auth/logout", { body: { refresh_token: tokens.refresh_token } });
    expect(out.status).toBe(204);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).status).toBe(401);
    // Signing out twice, or with a token we never issued, is not an error.
    expect((await call("/api/v1/auth/logout", { body: { refresh_token: tokens.refresh_token } })).status).toBe(204);
    expect((await call("/api/v1/auth/logout", { body: { refresh_token: "oprt_unknown" } })).status).toBe(204);
  });

  it("refuses the access token of an ended session on auth's own routes at once", async () => {
    const { tokens, caller } = await signUp("ended");
    expect((await call("/api/v1/auth/me", { caller })).status).toBe(200);
    await call("/api/v1/auth/logout", { body: { refresh_token: tokens.refresh_token } });
    // The token still verifies at the gateway for up to 15 minutes; it can no longer change the account.
    const response = await call("/api/v1/auth/api-keys", { caller, body: { name: "persistence" } });
    expect(response.status).toBe(401);
    expect((await readProblem(response)).detail).toBe("This session has ended; sign in again.");
    // Nor can a session id be borrowed from another account.
    const other = await signUp("borrower");
    expect((await call("/api/v1/auth/me", { caller: { ...other.caller, sessionId: tokens.session.id } })).status).toBe(401);
  });

  it("answers bad bodies with a 400 naming the field", async () => {
    const response = await call("/api/v1/auth/login", { body: { email: "someone@example.org" } });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([{ pointer: "json.password", detail: expect.any(String) }]);
    const malformed = await env.AUTH.fetch("https://auth.internal/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(malformed.status).toBe(400);
  });
});

describe("the caller's account and devices", () => {
  it("shows the caller with its roles and session", async () => {
    const { tokens, caller } = await signUp("me");
    const response = await call("/api/v1/auth/me", { caller });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: tokens.user.id,
      roles: ["citizen"],
      signed_in_with: "access_token",
      session_id: tokens.session.id,
      api_key_id: null,
    });
  });

  it("answers 401 without a caller, even though the gateway would not let one through", async () => {
    for (const path of ["/api/v1/auth/me", "/api/v1/auth/sessions", "/api/v1/auth/api-keys", "/api/v1/auth/users"]) {
      const response = await call(path);
      expect(response.status, path).toBe(401);
      await readProblem(response);
    }
  });

  it("changes the display name and email language", async () => {
    const { caller } = await signUp("profile");
    const response = await call("/api/v1/auth/me", { method: "PATCH", caller, body: { display_name: "  Grace  ", locale: "fr" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ display_name: "Grace", locale: "fr" });
    expect((await call("/api/v1/auth/me", { method: "PATCH", caller, body: {} })).status).toBe(400);
  });

  it("lists the devices signed in, marks the current one, and signs one out", async () => {
    const { email, tokens, caller } = await signUp("devices");
    const other = (await (await login(email, PASSWORD, { ...uniqueClient(), "user-agent": "Firefox" })).json()) as Tokens;

    const listed = await call("/api/v1/auth/sessions", { caller });
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as Schema<"DevicePage">;
    expect(page.pagination.total).toBe(2);
    expect(page.data.find((s) => s.id === tokens.session.id)?.current).toBe(true);
    expect(page.data.find((s) => s.id === other.session.id)).toMatchObject({ current: false, user_agent: "Firefox" });

    expect((await call(`/api/v1/auth/sessions/${other.session.id}`, { method: "DELETE", caller })).status).toBe(204);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: other.refresh_token } })).status).toBe(401);
    expect((await call(`/api/v1/auth/sessions/${other.session.id}`, { method: "DELETE", caller })).status).toBe(404);
    const after = (await (await call("/api/v1/auth/sessions", { caller })).json()) as Schema<"DevicePage">;
    expect(after.data.map((s) => s.id)).toEqual([tokens.session.id]);
  });

  it("does not let one account see or end another's sessions", async () => {
    const alice = await signUp("alice");
    const bob = await signUp("bob");
    const response = await call(`/api/v1/auth/sessions/${bob.tokens.session.id}`, { method: "DELETE", caller: alice.caller });
    expect(response.status).toBe(404);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: bob.tokens.refresh_token } })).status).toBe(200);
  });

  it("changes the password with the current one, ending every other session", async () => {
    const { email, tokens, caller } = await signUp("change");
    const other = (await (await login(email)).json()) as Tokens;
    const wrong = await call("/api/v1/auth/password", { caller, body: { current_password: "not it at all", new_password: "A brand new passphrase 9" } });
    expect(wrong.status).toBe(400);
    const changed = await call("/api/v1/auth/password", { caller, body: { current_password: PASSWORD, new_password: "A brand new passphrase 9" } });
    expect(changed.status).toBe(204);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: other.refresh_token } })).status).toBe(401);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).status).toBe(200);
    expect((await login(email)).status).toBe(401);
    expect((await login(email, "A brand new passphrase 9")).status).toBe(200);
  });
});
