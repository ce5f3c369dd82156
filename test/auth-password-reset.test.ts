import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readProblem } from "./helpers";
import { call, emailsTo, emailTo, identityRow, login, signUp, type Tokens, uniqueEmail } from "../workers/auth/test/client";

const NEW_PASSWORD = "A fresh start for spring 2025";

const requestReset = (email: string) => call("/api/v1/auth/password-reset/request", { body: { email } });
const confirmReset = (token: unknown, password = NEW_PASSWORD) => call("/api/v1/auth/password-reset/confirm", { body: { token, password } });

describe("password reset", () => {
  it("emails a token that sets a new password once, ending every session", async () => {
    const { email, tokens } = await signUp("reset");
    const accepted = await requestReset(email);
    expect(accepted.status).toBe(202);

    const message = await emailTo(email, "auth.password_reset");
    expect(message).toMatchObject({ to: email, locale: "en", subject: "Choose a new password", token: expect.any(String) });
    // The email names the minute the link stops working.
    const [, day, minute] = /until (\d{4}-\d\d-\d\d) (\d\d:\d\d) UTC/.exec(message.text)!;
    const expiresIn = Date.parse(`${day}T${minute}:00Z`) - Date.now();
    expect(expiresIn).toBeGreaterThan(55 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);

    expect((await confirmReset(message.token)).status).toBe(204);
    expect((await login(email)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
    expect((await call("/api/v1/auth/refresh", { body: { refresh_token: tokens.refresh_token } })).status).toBe(401);
    const session = await identityRow<{ revoked_reason: string }>("SELECT revoked_reason FROM sessions WHERE id = ?", tokens.session.id);
    expect(session!.revoked_reason).toBe("password_reset");
    // Reading the link proves the address; the owner is told the password changed.
    expect(((await (await login(email, NEW_PASSWORD)).json()) as Tokens).user.email_verified).toBe(true);
    await emailTo(email, "auth.password_changed");

    const again = await confirmReset(message.token, "Yet another passphrase 77");
    expect(again.status).toBe(400);
    expect((await readProblem(again)).errors?.[0]?.pointer).toBe("json.token");
  });

  it("answers the same for an address with no account, and sends nothing", async () => {
    const { email } = await signUp("known");
    const nobody = uniqueEmail("nobody");
    const [known, unknown] = await Promise.all([requestReset(email), requestReset(nobody)]);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    await emailTo(email, "auth.password_reset");
    expect(await emailsTo(nobody)).toEqual([]);
  });

  it("keeps the token usable when the new password breaks the rules", async () => {
    const { email } = await signUp("weak");
    await requestReset(email);
    const { token } = await emailTo(email, "auth.password_reset");
    const weak = await confirmReset(token, "short");
    expect(weak.status).toBe(400);
    expect((await readProblem(weak)).errors?.every((e) => e.pointer === "json.password")).toBe(true);
    // The rules know whose password it is.
    const local = email.split("@")[0]!;
    expect((await confirmReset(token, `${local} Secret 99`)).status).toBe(400);
    expect((await confirmReset(token)).status).toBe(204);
  });

  it("refuses an expired token, and one replaced by a newer request", async () => {
    const { email } = await signUp("expire");
    await requestReset(email);
    const first = await emailTo(email, "auth.password_reset");
    await requestReset(email);
    const second = await emailTo(email, "auth.password_reset", (m) => m.token !== first.token);
    expect((await confirmReset(first.token)).status).toBe(400);

    await env.IDENTITY.prepare(
      "UPDATE one_time_tokens SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id = (SELECT id FROM users WHERE email_normalized = ?)",
    )
      .bind(email)
      .run();
    expect((await confirmReset(second.token)).status).toBe(400);
  });

  it("lifts the sign-in lockout", async () => {
    const { email } = await signUp("unlock");
    for (let i = 0; i < 5; i++) await login(email, "Wrong password 123");
    await requestReset(email);
    const { token } = await emailTo(email, "auth.password_reset");
    expect((await confirmReset(token)).status).toBe(204);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  it("sends at most three reset emails an hour", async () => {
    const { email } = await signUp("quota");
    for (let i = 0; i < 5; i++) expect((await requestReset(email)).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const tokens = await env.IDENTITY.prepare(
      "SELECT count(*) AS n FROM one_time_tokens WHERE purpose = 'password_reset' AND user_id = (SELECT id FROM users WHERE email_normalized = ?)",
    )
      .bind(email)
      .first<{ n: number }>();
    expect(tokens!.n).toBe(3);
  });
});
