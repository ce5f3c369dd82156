import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { NotifyMessage } from "#shared/queues/messages";
import { emailsTo, emailTo, uniqueEmail } from "../workers/auth/test/client";
import { REFUSED_DOMAIN } from "./stand-ins/email-provider.mjs";
import { eventually } from "./helpers";

/**
 * Email through the provider's HTTP API (here the stand-in in test/stand-ins/email-provider.mjs):
 * what the provider is sent, and what is left behind when it refuses an email that carries a
 * one-time token — a dead-letter record with the token redacted, and the token nowhere in D1
 * `platform`.
 */

const oneTimeToken = () => `ott_${crypto.randomUUID().replaceAll("-", "")}${crypto.randomUUID().replaceAll("-", "")}`;

function resetEmail(to: string, token: string, locale: "en" | "fr" = "en"): NotifyMessage {
  return {
    id: crypto.randomUUID(),
    channel: "email",
    to,
    template: "auth.password_reset",
    locale,
    data: { token, expires_at: new Date(Date.now() + 3_600_000).toISOString(), display_name: "Grace" },
  };
}

/** Every value in every column of every table of D1 `platform`, as text. */
async function everythingInPlatform(): Promise<string> {
  const { results: tables } = await env.PLATFORM.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  expect(tables.map((t) => t.name)).toContain("queue_failures");
  const dumps = await Promise.all(tables.map(async ({ name }) => JSON.stringify((await env.PLATFORM.prepare(`SELECT * FROM "${name}"`).all()).results)));
  return dumps.join("\n");
}

describe("email delivery", () => {
  it("sends the rendered email through the provider's API, in the recipient's language", async () => {
    const to = uniqueEmail("provider");
    const token = oneTimeToken();
    await env.NOTIFY.send(resetEmail(to, token, "fr"), { contentType: "json" });
    const email = await emailTo(to, "auth.password_reset");
    expect(email).toMatchObject({ from: "OpenPolicy <no-reply@openpolicy.ca>", subject: "Choisissez un nouveau mot de passe", locale: "fr", token });
    expect(email.text).toMatch(/^Bonjour Grace,\n/);
    expect(email.text).toContain(`https://openpolicy.ca/reset-password?lang=fr#token=${token}`);
  });

  it("sends a message delivered twice only once (the message id is the provider's idempotency key)", async () => {
    const to = uniqueEmail("twice");
    const message = resetEmail(to, oneTimeToken());
    await env.NOTIFY.send(message, { contentType: "json" });
    await emailTo(to, "auth.password_reset");
    await env.NOTIFY.send(message, { contentType: "json" });
    // A second message after the repeat, so that the repeat has been handled once this one arrives.
    await env.NOTIFY.send(
      { ...resetEmail(to, oneTimeToken()), id: crypto.randomUUID(), template: "auth.password_changed", data: { changed_at: new Date().toISOString() } },
      { contentType: "json" },
    );
    await emailTo(to, "auth.password_changed");
    expect((await emailsTo(to)).filter((e) => e.template === "auth.password_reset")).toHaveLength(1);
  });

  it("files an email the provider refuses as dead, its token redacted, and keeps the token nowhere in D1 platform", async () => {
    const to = `someone-${crypto.randomUUID().slice(0, 8)}@${REFUSED_DOMAIN}`;
    const token = oneTimeToken();
    const message = resetEmail(to, token);
    await env.NOTIFY.send(message, { contentType: "json" });

    const dead = await eventually(
      () =>
        env.PLATFORM.prepare("SELECT * FROM queue_failures WHERE queue = 'notify' AND message_id = ? AND state = 'dead'")
          .bind(message.id)
          .first<{ attempts: number; last_error: string; body: string }>()
          .then((row) => row ?? undefined),
      30_000,
      "the refused email in the dead-letter record",
    );
    expect(dead.last_error).toBe("email provider email-provider.test answered 422");
    expect(JSON.parse(dead.body)).toEqual({ ...message, data: { ...message.data, token: "[redacted]" } });
    expect(JSON.stringify(dead)).not.toContain(token);
    expect(await everythingInPlatform()).not.toContain(token);
    expect(await emailsTo(to)).toEqual([]);
  });
});
