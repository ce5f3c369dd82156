import { describe, expect, it } from "vitest";
import { renderEmail } from "./templates";

const SITE = "https://openpolicy.example";
const TOKEN = "tok_abcdefghijklmnopqrstuvwxyz0123456789-_AB";
const EXPIRES = "2026-05-03T14:05:40.123Z";

describe("renderEmail", () => {
  it("writes the confirmation email in English, the token in the link's fragment", () => {
    const email = renderEmail({ template: "auth.verify_email", locale: "en", data: { token: TOKEN, expires_at: EXPIRES, display_name: "Ada" } }, SITE);
    expect(email.subject).toBe("Confirm your email address");
    expect(email.text).toMatch(/^Hello Ada,\n/);
    expect(email.text).toContain(`${SITE}/verify-email#token=${TOKEN}\n`);
    expect(email.text).toContain("until 2026-05-03 14:05 UTC");
  });

  it("writes it in French, with a link that opens the site in French", () => {
    const email = renderEmail({ template: "auth.verify_email", locale: "fr", data: { token: TOKEN, expires_at: EXPIRES, display_name: null } }, SITE);
    expect(email.subject).toBe("Confirmez votre adresse courriel");
    expect(email.text).toMatch(/^Bonjour,\n/);
    expect(email.text).toContain(`${SITE}/verify-email?lang=fr#token=${TOKEN}`);
    expect(email.text).toContain("jusqu’au 2026-05-03 14:05 UTC");
  });

  it("writes every template the auth service sends, in both languages", () => {
    const cases = [
      ["auth.password_reset", { token: TOKEN, expires_at: EXPIRES }, "/reset-password"],
      ["auth.register_existing", { email_verified: true }, "/signin"],
      ["auth.password_changed", { changed_at: EXPIRES }, "/reset-password"],
    ] as const;
    for (const [template, data, path] of cases) {
      const en = renderEmail({ template, locale: "en", data }, SITE);
      const fr = renderEmail({ template, locale: "fr", data }, SITE);
      expect(en.subject).not.toBe(fr.subject);
      expect(en.text).toContain(`${SITE}${path}`);
      expect(fr.text).toContain(`${SITE}${path}?lang=fr`);
    }
  });

  it("tells an owner whose address is not confirmed how to confirm it", () => {
    const unconfirmed = renderEmail({ template: "auth.register_existing", locale: "en", data: { email_verified: false } }, SITE);
    const confirmed = renderEmail({ template: "auth.register_existing", locale: "en", data: { email_verified: true } }, SITE);
    expect(unconfirmed.text).toContain("not confirmed yet");
    expect(confirmed.text).not.toContain("not confirmed yet");
  });

  it("refuses a template it does not know, or data the template cannot use", () => {
    expect(() => renderEmail({ template: "auth.unknown", locale: "en", data: {} }, SITE)).toThrow("no email template named auth.unknown");
    expect(() => renderEmail({ template: "auth.password_reset", locale: "en", data: { expires_at: EXPIRES } }, SITE)).toThrow(
      /data for auth\.password_reset does not fit: token/,
    );
  });
});
