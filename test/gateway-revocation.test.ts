import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { CREDENTIAL_RECHECK_MS } from "../src/middleware/identify";
import { call, signUp, uniqueClient, type Tokens } from "../workers/auth/test/client";
import { gateway, readProblem } from "./helpers";

/**
 * Revocation that takes effect: an access token is verified at the gateway without asking auth,
 * but the standing of its session — signed out, ended by refresh-token reuse, its account disabled
 * or its roles changed — is asked again at most every CREDENTIAL_RECHECK_MS, on every route.
 * Each case is set up first, then all are revoked at once, so the suite waits for the bound once.
 */

const bearer = (tokens: Tokens) => ({ authorization: `Bearer ${tokens.access_token}` });
const ROUTES = ["/api/v1/auth/me", "/api/v1/auth/api-keys", "/api/v1/parties", "/api/v1/sessions"];

let signedOut: Tokens;
let reused: Tokens;
let disabled: Tokens;
let demoted: Tokens;
let untouched: Tokens;

beforeAll(async () => {
  const tokensOf = async (tag: string) => (await signUp(tag)).tokens;
  [signedOut, reused, disabled, untouched] = await Promise.all([tokensOf("signed-out"), tokensOf("reused"), tokensOf("disabled"), tokensOf("untouched")]);
  demoted = (await signUp("demoted", ["admin"])).tokens;

  // Each works before it is revoked, as far as the bound goes.
  for (const tokens of [signedOut, reused, disabled, untouched]) expect((await gateway("/api/v1/auth/me", { headers: bearer(tokens) })).status).toBe(200);
  expect((await gateway("/api/v1/auth/users", { headers: bearer(demoted) })).status).toBe(200);

  expect((await call("/api/v1/auth/logout", { body: { refresh_token: signedOut.refresh_token } })).status).toBe(204);
  // Presenting a refresh token a second time ends its whole session.
  const first = await call("/api/v1/auth/refresh", { body: { refresh_token: reused.refresh_token }, headers: uniqueClient() });
  expect(first.status).toBe(200);
  expect((await call("/api/v1/auth/refresh", { body: { refresh_token: reused.refresh_token }, headers: uniqueClient() })).status).toBe(401);
  await env.IDENTITY.prepare("UPDATE users SET disabled_at = ? WHERE id = ?").bind(new Date().toISOString(), disabled.user.id).run();
  await env.IDENTITY.prepare("DELETE FROM user_roles WHERE user_id = ? AND role = 'admin'").bind(demoted.user.id).run();

  await new Promise((resolve) => setTimeout(resolve, CREDENTIAL_RECHECK_MS + 500));
});

describe("within the revocation bound, on every route", () => {
  it.each([
    ["a signed-out session", () => signedOut],
    ["a session ended by refresh-token reuse", () => reused],
    ["a disabled account", () => disabled],
  ])("refuses the access token of %s", async (_, tokens) => {
    for (const path of ROUTES) {
      const response = await gateway(path, { headers: bearer(tokens()) });
      expect(response.status, path).toBe(401);
      expect((await readProblem(response)).detail).toBe("This session has ended or its account is disabled; sign in again.");
    }
  });

  it("holds a demoted admin to the roles held now, not those in the token", async () => {
    for (const path of ["/api/v1/auth/users", "/api/v1/search/analytics", "/api/v1/auth/admin/api-keys"]) {
      const response = await gateway(path, { headers: bearer(demoted) });
      expect(response.status, path).toBe(403);
    }
    // Still a citizen: their own account answers.
    expect((await gateway("/api/v1/auth/me", { headers: bearer(demoted) })).status).toBe(200);
  });

  it("leaves other sessions alone", async () => {
    for (const path of ROUTES) expect((await gateway(path, { headers: bearer(untouched) })).status, path).toBe(200);
  });
});
