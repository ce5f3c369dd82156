import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readProblem } from "./helpers";
import { identityRow, login, PASSWORD, signUp, uniqueClient, uniqueEmail } from "../workers/auth/test/client";

/** A 401 as a client sees it, minus what differs between any two responses (request ids). */
async function failure(response: Response) {
  const { request_id: _, ...body } = (await response.json()) as Record<string, unknown>;
  return { status: response.status, type: response.headers.get("content-type"), body };
}

const digest = async (text: string) => {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

describe("sign-in failures do not reveal who has an account", () => {
  it("answers an unknown email, a wrong password and a locked account identically", async () => {
    const { email } = await signUp("enum");
    const unknown = await failure(await login(uniqueEmail("nobody"), PASSWORD));
    const wrong = await failure(await login(email, "Wrong password 123"));
    expect(unknown).toEqual(wrong);
    expect(unknown).toMatchObject({ status: 401, type: "application/problem+json", body: { detail: "The email or password is incorrect." } });

    for (let i = 0; i < 4; i++) await login(email, "Wrong password 123");
    // Locked now: even the right password gets the same answer.
    expect(await failure(await login(email, PASSWORD))).toEqual(wrong);
  });
});

describe("lockout", () => {
  it("locks an account for 15 minutes after 5 failures in 15 minutes, from any client", async () => {
    const { email } = await signUp("lock");
    for (let i = 0; i < 5; i++) expect((await login(email, "Wrong password 123")).status).toBe(401);
    expect((await login(email, PASSWORD, uniqueClient())).status).toBe(401);

    const key = await digest(`login:account:${email}`);
    const row = await identityRow<{ failures: number; window_started_at: string; locked_until: string }>(
      "SELECT failures, window_started_at, locked_until FROM login_throttles WHERE scope = 'account' AND key = ?",
      key,
    );
    const lockMinutes = (Date.parse(row!.locked_until) - Date.now()) / 60_000;
    expect(lockMinutes).toBeGreaterThan(14);
    expect(lockMinutes).toBeLessThanOrEqual(15);

    // Fifteen minutes later (moved back in the table rather than waited for), the lock is over.
    const past = (iso: string) => new Date(Date.parse(iso) - 16 * 60_000).toISOString();
    await env.IDENTITY.prepare("UPDATE login_throttles SET locked_until = ?, window_started_at = ? WHERE scope = 'account' AND key = ?")
      .bind(past(row!.locked_until), past(row!.window_started_at), key)
      .run();
    expect((await login(email, PASSWORD)).status).toBe(200);
    // Success forgets the failures.
    const cleared = await identityRow<{ n: number }>("SELECT count(*) AS n FROM login_throttles WHERE scope = 'account' AND key = ?", key);
    expect(cleared!.n).toBe(0);
  });

  it("counts failures in a window: old ones no longer count", async () => {
    const { email } = await signUp("window");
    for (let i = 0; i < 4; i++) await login(email, "Wrong password 123");
    const key = await digest(`login:account:${email}`);
    await env.IDENTITY.prepare("UPDATE login_throttles SET window_started_at = ? WHERE scope = 'account' AND key = ?")
      .bind(new Date(Date.now() - 16 * 60_000).toISOString(), key)
      .run();
    // The fifth failure falls in a new window, so it does not lock.
    await login(email, "Wrong password 123");
    expect((await login(email, PASSWORD)).status).toBe(200);
  });

  it("locks unknown emails too, so a lock says nothing", async () => {
    const nobody = uniqueEmail("ghost");
    for (let i = 0; i < 5; i++) await login(nobody, "Wrong password 123");
    const row = await identityRow<{ locked_until: string | null }>(
      "SELECT locked_until FROM login_throttles WHERE scope = 'account' AND key = ?",
      await digest(`login:account:${nobody}`),
    );
    expect(row!.locked_until).not.toBeNull();
  });

  it("makes one client wait after 20 failures, whichever accounts it tried", async () => {
    const client = uniqueClient();
    for (let i = 0; i < 20; i++) expect((await login(uniqueEmail("spray"), "Wrong password 123", client)).status).toBe(401);
    const { email } = await signUp("bystander");
    const response = await login(email, PASSWORD, client);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect((await readProblem(response)).detail).toMatch(/^Too many failed sign-ins from this client/);
    // Another client is not affected.
    expect((await login(email, PASSWORD, uniqueClient())).status).toBe(200);
  });

  it("tells the client from x-forwarded-for when there is no cf-connecting-ip", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < 20; i++) await login(uniqueEmail("xff"), "Wrong password 123", { "x-forwarded-for": `${address}, 10.0.0.1` });
    expect((await login(uniqueEmail("xff"), "Wrong password 123", { "x-forwarded-for": address })).status).toBe(429);
  });
});

describe("password hashes", () => {
  it("re-hashes with today's parameters at sign-in when a hash was made with fewer iterations", async () => {
    const { email, tokens } = await signUp("rehash");
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(PASSWORD), "PBKDF2", false, ["deriveBits"]);
    const old = new Uint8Array(await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: 10_000 }, key, 256));
    const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    await env.IDENTITY.prepare("UPDATE users SET password_hash = ?, password_salt = ?, password_iterations = 10000 WHERE id = ?")
      .bind(b64(old), b64(salt), tokens.user.id)
      .run();

    expect((await login(email)).status).toBe(200);
    const row = await identityRow<{ password_iterations: number; password_salt: string }>(
      "SELECT password_iterations, password_salt FROM users WHERE id = ?",
      tokens.user.id,
    );
    expect(row!.password_iterations).toBe(100_000);
    expect(row!.password_salt).not.toBe(b64(salt));
    expect((await login(email)).status).toBe(200);
  });

  it("gives every account its own salt", async () => {
    const a = await signUp("salt-a");
    const b = await signUp("salt-b");
    const { results } = await env.IDENTITY.prepare("SELECT password_salt, password_hash FROM users WHERE id IN (?, ?)")
      .bind(a.tokens.user.id, b.tokens.user.id)
      .all<{ password_salt: string; password_hash: string }>();
    expect(new Set(results.map((r) => r.password_salt)).size).toBe(2);
    expect(new Set(results.map((r) => r.password_hash)).size).toBe(2);
  });
});
