import type { NotifyMessage } from "#shared/queues/messages";
import type { RenderedEmail } from "./templates";

/**
 * Email goes out through Resend's HTTP API (https://resend.com/docs/api-reference/emails/send-email):
 * `POST {EMAIL_API_URL}/emails` with `Authorization: Bearer {EMAIL_API_KEY}` and a JSON
 * `{ from, to, subject, text, headers }`; any 2xx means accepted. The message id is the
 * `Idempotency-Key`, so a delivery retried after a lost answer is not sent twice.
 */

export interface EmailProviderEnv {
  /** Resend's API base, `https://api.resend.com`; empty where no provider is configured. */
  EMAIL_API_URL: string;
  /** The sender, e.g. `OpenPolicy <no-reply@openpolicy.ca>`, on a domain verified with the provider. */
  EMAIL_FROM: string;
  /** Secret: `wrangler secret put EMAIL_API_KEY`, `.dev.vars` locally. */
  EMAIL_API_KEY?: string;
}

const PROVIDER_TIMEOUT_MS = 10_000;

export async function sendThroughProvider(env: EmailProviderEnv, message: NotifyMessage, email: RenderedEmail): Promise<void> {
  const base: string = env.EMAIL_API_URL;
  // Without a provider the message waits in the queue and then the dead-letter record (redacted),
  // never silently dropped.
  if (!base) throw new Error("no email provider is configured for this environment (EMAIL_API_URL is empty)");
  if (!env.EMAIL_API_KEY) throw new Error("EMAIL_API_URL is set but the EMAIL_API_KEY secret is missing");
  const endpoint = new URL("emails", base.endsWith("/") ? base : `${base}/`);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        authorization: `Bearer ${env.EMAIL_API_KEY}`,
        "content-type": "application/json",
        "idempotency-key": message.id,
      },
      body: JSON.stringify({
        from: env.EMAIL_FROM,
        to: [message.to],
        subject: email.subject,
        text: email.text,
        // For the recipient's mail client and filters: the language, and which of our emails this is.
        headers: { "Content-Language": message.locale, "X-OpenPolicy-Template": message.template },
      }),
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
    });
  } catch (err) {
    throw new Error(`email provider ${endpoint.host} unreachable: ${err instanceof Error ? err.message : String(err)}`);
  }
  // The provider's error body can quote what it was sent; only the status is kept.
  await response.body?.cancel();
  if (!response.ok) throw new Error(`email provider ${endpoint.host} answered ${response.status}`);
}
