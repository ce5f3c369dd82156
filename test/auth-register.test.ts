import { describe, expect, it } from "vitest";
import { readProblem } from "./helpers";
import { call, emailsTo, emailTo, identityRow, PASSWORD, register, signUp, uniqueEmail } from "../workers/auth/test/client";

describe("password rules", () => {
  const weak: [string, string, RegExp][] = [
    ["too short", "Short 1a", /at least 12 characters long \(it has 8\)/],
    ["one kind of character", "abcdefghijklmnop", /at least 2 kinds of characters/],
    ["repetitive", "abababababab1", /at least 5 different characters/],
    ["built on the address", "Xyz-grace.hopper-2024", /your email address/],
    ["a common password", "Password1234!", /most commonly used/],
    ["too long", `A1 ${"x".repeat(260)}`, /at most 256 characters/],
  ];

  it.each(weak)("refuses a password that is %s, saying why", async (_, password, reason) => {
    const response = await register("grace.hopper@example.org", password);
    expect(response.status).toBe(400);
    const problem = await readProblem(response);
    expect(problem.errors?.every((e) => e.pointer === "json.password")).toBe(true);
    expect(problem.errors?.map((e) => e.detail).join(" ")).toMatch(reason);
  });

  it("lists every broken rule at once", async () => {
    const problem = await readProblem(await register(uniqueEmail("rules"), "aaaa"));
    expect(problem.errors).toHaveLength(3);
    expect(problem.detail).toBe("The password breaks 3 rules; errors[] lists them.");
  });

  it("accepts a long passphrase of plain words and spaces", async () => {
    expect((await register(uniqueEmail("phrase"), "correct horse battery staple")).status).toBe(202);
  });

  it("refuses an address that is not one", async () => {
    const response = await register("not-an-address", PASSWORD);
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.[0]?.pointer).toBe("json.email");
  });
});

describe("registration does not reveal who has an account", () => {
  it("answers an existing address exactly like a new one, and tells its owner instead", async () => {
    const { email } = await signUp("taken");
    const fresh = uniqueEmail("fresh");
    const [again, first] = await Promise.all([register(email.toUpperCase(), "Another fine passphrase 1"), register(fresh)]);
    expect(again.status).toBe(first.status);
    expect(await again.text()).toBe(await first.text());

    const notice = await emailTo(email, "auth.register_existing");
    expect(notice).toMatchObject({ locale: "en", subject: "Someone tried to sign up with your address", token: null });
    expect(notice.text).toContain("Your address is not confirmed yet");
    // The account is untouched: its own password still works, the other one does not.
    const users = await identityRow<{ n: number }>("SELECT count(*) AS n FROM users WHERE email_normalized = ?", email);
    expect(users!.n).toBe(1);
  });

  it("sends the owner at most one such notice an hour", async () => {
    const { email } = await signUp("flood");
    const answers = await Promise.all([0, 1, 2].map(() => register(email)));
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202]);
    await emailTo(email, "auth.register_existing");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await emailsTo(email)).filter((m) => m.template === "auth.register_existing")).toHaveLength(1);
  });
});

describe("email verification", () => {
  it("confirms the address with the emailed token, once", async () => {
    const email = uniqueEmail("verify");
    await register(email, PASSWORD, { locale: "fr", display_name: "Marie" });
    const message = await emailTo(email, "auth.verify_email");
    expect(message).toMatchObject({ to: email, locale: "fr", subject: "Confirmez votre adresse courriel", token: expect.any(String) });
    expect(message.text).toMatch(/^Bonjour Marie,\n/);
    expect(message.text).toMatch(/jusqu’au \d{4}-\d\d-\d\d \d\d:\d\d UTC/);

    const token = message.token;
    expect((await call("/api/v1/auth/verify-email", { body: { token } })).status).toBe(204);
    const row = await identityRow<{ email_verified_at: string | null }>("SELECT email_verified_at FROM users WHERE email_normalized = ?", email);
    expect(row!.email_verified_at).not.toBeNull();

    const again = await call("/api/v1/auth/verify-email", { body: { token } });
    expect(again.status).toBe(400);
    expect((await readProblem(again)).errors?.[0]?.pointer).toBe("json.token");
  });

  it("takes the language of Accept-Language when none is given", async () => {
    const email = uniqueEmail("langue");
    await call("/api/v1/auth/register", { body: { email, password: PASSWORD }, headers: { "accept-language": "fr-CA,fr;q=0.9,en;q=0.5" } });
    expect((await emailTo(email, "auth.verify_email")).locale).toBe("fr");
  });

  it("sends a new link on request, which replaces the last, and refuses once confirmed", async () => {
    const { email, caller } = await signUp("resend");
    const first = await emailTo(email, "auth.verify_email");
    const resent = await call("/api/v1/auth/verify-email/resend", { method: "POST", caller });
    expect(resent.status).toBe(202);
    const second = await emailTo(email, "auth.verify_email", (m) => m.token !== first.token);
    expect((await call("/api/v1/auth/verify-email", { body: { token: first.token } })).status).toBe(400);
    expect((await call("/api/v1/auth/verify-email", { body: { token: second.token } })).status).toBe(204);
    expect((await call("/api/v1/auth/verify-email/resend", { method: "POST", caller })).status).toBe(409);
  });

  it("sends at most three links an hour", async () => {
    const { caller } = await signUp("limit");
    // Registration sent the first.
    expect((await call("/api/v1/auth/verify-email/resend", { method: "POST", caller })).status).toBe(202);
    expect((await call("/api/v1/auth/verify-email/resend", { method: "POST", caller })).status).toBe(202);
    expect((await call("/api/v1/auth/verify-email/resend", { method: "POST", caller })).status).toBe(429);
  });
});
