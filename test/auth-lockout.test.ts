import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Caller } from "#shared/auth/caller";
import { readProblem } from "./helpers";
import { call, emailTo, identityRow, login, PASSWORD, signUp, uniqueClient, uniqueEmail } from "../workers/auth/test/client";

const WRONG = "Wrong password 123";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A 401 as a client sees it, minus what differs between any two responses (request ids). */
async function failure(response: Response) {
  const { request_id: _, ...body } = (await response.json()) as Record<string, unknown>;
  return { status: response.status, type: response.headers.get("content-type"), body };
}

const digest = async (text: string) => {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
};

/** The throttle keys, as the auth service derives them (emails here are already normalised). */
const pairKey = (email: string, address: string) => digest(`login:account_client:${JSON.stringify([email, address])}`);
const accountKey = (email: string) => digest(`login:account:${email}`);

const newAddress = () => uniqueClient()["cf-connecting-ip"];
const from = (address: string) => ({ "cf-connecting-ip": address });
const iso = (ms: number) => new Date(ms).toISOString();

interface ThrottleRow {
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

const throttleRow = (scope: string, key: string) =>
  identityRow<ThrottleRow>("SELECT failures, window_started_at, locked_until FROM login_throttles WHERE scope = ? AND key = ?", scope, key);

/** Moves a throttle's window and lock back in time, as if that long had passed. */
async function moveBack(scope: string, key: string, ms: number) {
  await env.IDENTITY.prepare(
    `UPDATE login_throttles SET
       window_started_at = strftime('%Y-%m-%dT%H:%M:%fZ', window_started_at, ?3),
       locked_until = strftime('%Y-%m-%dT%H:%M:%fZ', locked_until, ?3)
     WHERE scope = ?1 AND key = ?2`,
  )
    .bind(scope, key, `-${ms / 1000} seconds`)
    .run();
}

/** An account's budget as many addresses would have spent it today: 50 failures, the last just now. */
async function spendBudget(email: string) {
  const now = Date.now();
  await env.IDENTITY.prepare(
    `INSERT INTO login_throttles (scope, key, failures, window_started_at, last_failure_at, locked_until)
     VALUES ('account', ?1, 50, ?2, ?3, ?4)
     ON CONFLICT (scope, key) DO UPDATE SET failures = 50, window_started_at = ?2, last_failure_at = ?3, locked_until = ?4`,
  )
    .bind(await accountKey(email), iso(now - 60 * MINUTE), iso(now), iso(now + DAY))
    .run();
}

describe("sign-in failures do not reveal who has an account", () => {
  it("answers an unknown email, a wrong password, a locked-out address and a spent budget identically", async () => {
    const { email } = await signUp("enum");
    const unknown = await failure(await login(uniqueEmail("nobody"), PASSWORD));
    const wrong = await failure(await login(email, WRONG));
    expect(unknown).toEqual(wrong);
    expect(unknown).toMatchObject({ status: 401, type: "application/problem+json", body: { detail: "The email or password is incorrect." } });

    const attacker = from(newAddress());
    for (let i = 0; i < 5; i++) await login(email, WRONG, attacker);
    // Locked out from there: even the right password gets the same answer.
    expect(await failure(await login(email, PASSWORD, attacker))).toEqual(wrong);

    await spendBudget(email);
    expect(await failure(await login(email, PASSWORD, from(newAddress())))).toEqual(wrong);
  });

  it("counts and locks unknown emails exactly like real ones", async () => {
    const { email } = await signUp("real");
    const ghost = uniqueEmail("ghost");
    const attacker = newAddress();
    const counters = async (target: string) => {
      for (let i = 0; i < 6; i++) expect((await login(target, WRONG, from(attacker))).status).toBe(401);
      const [pair, account] = await Promise.all([
        throttleRow("account_client", await pairKey(target, attacker)),
        throttleRow("account", await accountKey(target)),
      ]);
      return {
        pair: { failures: pair?.failures, locked: pair?.locked_until != null },
        account: { failures: account?.failures, locked: account?.locked_until != null },
      };
    };
    const real = await counters(email);
    expect(real).toEqual({ pair: { failures: 5, locked: true }, account: { failures: 5, locked: false } });
    expect(await counters(ghost)).toEqual(real);
  });
});

describe("failures per account and address", () => {
  it("an attacker's failures from one address don't stop the owner signing in from another", async () => {
    const { email } = await signUp("owner");
    const attacker = from(newAddress());
    for (let i = 0; i < 8; i++) expect((await login(email, WRONG, attacker)).status).toBe(401);
    expect((await login(email, PASSWORD, attacker)).status).toBe(401);
    expect((await login(email, PASSWORD, from(newAddress()))).status).toBe(200);
  });

  it("locks an address out of an account for 15 minutes after 5 failures in 15 minutes", async () => {
    const { email } = await signUp("lock");
    const attacker = newAddress();
    for (let i = 0; i < 5; i++) expect((await login(email, WRONG, from(attacker))).status).toBe(401);
    expect((await login(email, PASSWORD, from(attacker))).status).toBe(401);

    const key = await pairKey(email, attacker);
    const row = await throttleRow("account_client", key);
    const lockMinutes = (Date.parse(row!.locked_until!) - Date.now()) / MINUTE;
    expect(lockMinutes).toBeGreaterThan(14);
    expect(lockMinutes).toBeLessThanOrEqual(15);
    // Attempts refused by the lock do not count, so they cannot stretch it.
    expect(row!.failures).toBe(5);

    // Fifteen minutes later (moved back in the table rather than waited for), the lock is over.
    await moveBack("account_client", key, 16 * MINUTE);
    expect((await login(email, PASSWORD, from(attacker))).status).toBe(200);
    // The right password forgets that address's failures.
    expect(await throttleRow("account_client", key)).toBeNull();
  });

  it("counts failures in a window: old ones no longer count", async () => {
    const { email } = await signUp("window");
    const place = newAddress();
    for (let i = 0; i < 4; i++) await login(email, WRONG, from(place));
    await moveBack("account_client", await pairKey(email, place), 16 * MINUTE);
    // The fifth failure falls in a new window, so it does not lock.
    await login(email, WRONG, from(place));
    expect((await login(email, PASSWORD, from(place))).status).toBe(200);
  });
});

describe("the account's daily budget", () => {
  it("is spent by the 50th failure of a day, then refuses new addresses but admits known ones until it recovers", async () => {
    const home = newAddress();
    const { email } = await signUp("budget");
    expect((await login(email, PASSWORD, from(home))).status).toBe(200);

    // 49 failures already today, from many addresses (written rather than replayed); a new address adds the 50th.
    const key = await accountKey(email);
    await env.IDENTITY.prepare("INSERT INTO login_throttles (scope, key, failures, window_started_at, last_failure_at) VALUES ('account', ?1, 49, ?2, ?2)")
      .bind(key, iso(Date.now() - 60 * MINUTE))
      .run();
    expect((await login(email, WRONG, from(newAddress()))).status).toBe(401);
    const row = await throttleRow("account", key);
    expect(row!.failures).toBe(50);
    const lockHours = (Date.parse(row!.locked_until!) - Date.now()) / (60 * MINUTE);
    expect(lockHours).toBeGreaterThan(23.9);
    expect(lockHours).toBeLessThanOrEqual(24);

    expect((await login(email, PASSWORD, from(newAddress()))).status).toBe(401);
    expect((await login(email, PASSWORD, from(home))).status).toBe(200);
    // Signing in does not hand an attacker a fresh budget.
    expect((await throttleRow("account", key))!.locked_until).toBe(row!.locked_until);

    // A day later (moved back in the table), the budget is whole again.
    await moveBack("account", key, DAY + MINUTE);
    expect((await login(email, PASSWORD, from(newAddress()))).status).toBe(200);
  });

  it("remembers an address for 90 days after a successful sign-in from it", async () => {
    const { email } = await signUp("known");
    const laptop = newAddress();
    const key = await pairKey(email, laptop);
    expect(await identityRow("SELECT key FROM known_clients WHERE key = ?", key)).toBeNull();
    expect((await login(email, PASSWORD, from(laptop))).status).toBe(200);
    const known = await identityRow<{ last_signed_in_at: string }>("SELECT last_signed_in_at FROM known_clients WHERE key = ?", key);
    expect(Date.now() - Date.parse(known!.last_signed_in_at)).toBeLessThan(MINUTE);

    await spendBudget(email);
    expect((await login(email, PASSWORD, from(laptop))).status).toBe(200);

    await env.IDENTITY.prepare("UPDATE known_clients SET last_signed_in_at = ? WHERE key = ?")
      .bind(iso(Date.now() - 91 * DAY), key)
      .run();
    expect((await login(email, PASSWORD, from(laptop))).status).toBe(401);
  });

  it("is not spent by failures from an address the account has signed in from", async () => {
    const home = newAddress();
    const { email } = await signUp("typo");
    expect((await login(email, PASSWORD, from(home))).status).toBe(200);
    const key = await accountKey(email);
    await env.IDENTITY.prepare("INSERT INTO login_throttles (scope, key, failures, window_started_at, last_failure_at) VALUES ('account', ?1, 49, ?2, ?2)")
      .bind(key, iso(Date.now() - 60 * MINUTE))
      .run();

    expect((await login(email, WRONG, from(home))).status).toBe(401);
    expect(await throttleRow("account", key)).toMatchObject({ failures: 49, locked_until: null });
    expect((await throttleRow("account_client", await pairKey(email, home)))!.failures).toBe(1);
    expect((await login(email, WRONG, from(newAddress()))).status).toBe(401);
    expect((await throttleRow("account", key))!.locked_until).not.toBeNull();
  });

  it("is restored by a password reset", async () => {
    const { email } = await signUp("reset");
    await spendBudget(email);
    expect((await login(email, PASSWORD, from(newAddress()))).status).toBe(401);

    expect((await call("/api/v1/auth/password-reset/request", { body: { email } })).status).toBe(202);
    const { token } = await emailTo(email, "auth.password_reset");
    const password = "A fresh start for spring 2025";
    expect((await call("/api/v1/auth/password-reset/confirm", { body: { token, password } })).status).toBe(204);
    expect((await login(email, password, from(newAddress()))).status).toBe(200);
  });
});

describe("changing the password", () => {
  const change = (caller: Caller, address: string, current_password: string) =>
    call("/api/v1/auth/password", { caller, headers: from(address), body: { current_password, new_password: "A brand new passphrase 9" } });

  it("counts a wrong current password like a failed sign-in from that address", async () => {
    const { email, caller } = await signUp("change-lock");
    const place = newAddress();
    for (let i = 0; i < 5; i++) expect((await change(caller, place, WRONG)).status).toBe(400);
    expect((await change(caller, place, PASSWORD)).status).toBe(400);
    expect((await login(email, PASSWORD, from(place))).status).toBe(401);
    expect((await login(email, PASSWORD, from(newAddress()))).status).toBe(200);
  });

  it("is not blocked by a spent budget at an address the owner signed in from", async () => {
    const home = newAddress();
    const { email, caller } = await signUp("change-budget");
    expect((await login(email, PASSWORD, from(home))).status).toBe(200);
    await spendBudget(email);
    expect((await change(caller, newAddress(), PASSWORD)).status).toBe(400);
    expect((await change(caller, home, PASSWORD)).status).toBe(204);
  });
});

describe("failures per client address", () => {
  it("makes one client wait after 20 failures, whichever accounts it tried", async () => {
    const client = uniqueClient();
    for (let i = 0; i < 20; i++) expect((await login(uniqueEmail("spray"), WRONG, client)).status).toBe(401);
    const { email } = await signUp("bystander");
    const response = await login(email, PASSWORD, client);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect((await readProblem(response)).detail).toMatch(/^Too many failed sign-ins from this client/);
    // Another client is not affected.
    expect((await login(email, PASSWORD, uniqueClient())).status).toBe(200);
  });

  it("takes the address the gateway asserted, whatever forwarding headers say", async () => {
    const address = newAddress();
    for (let i = 0; i < 20; i++) {
      await login(uniqueEmail("xff"), WRONG, { ...from(address), "x-forwarded-for": `192.0.2.${i + 1}` });
    }
    expect((await login(uniqueEmail("xff"), WRONG, { ...from(address), "x-forwarded-for": "192.0.2.200" })).status).toBe(429);
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
