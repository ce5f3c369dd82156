import type { NotifyMessage } from "#shared/queues/messages";
import { sendThroughProvider } from "./email/provider";
import { renderEmail } from "./email/templates";

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Delivers one notification. Throwing hands the message back to the queue for a retry with
 * backoff, so a consumer endpoint that is down gets the delivery once it is back.
 */
export async function deliver(env: Env, message: NotifyMessage): Promise<void> {
  switch (message.channel) {
    case "webhook":
      return deliverWebhook(message);
    case "email":
      return sendThroughProvider(env, message, renderEmail(message, env.WEB_APP_URL));
    default:
      // SMS and push go through external providers configured per environment; without one the
      // message waits in the queue and then the dead-letter record, never silently dropped.
      throw new Error(`no ${message.channel} provider is configured for this environment`);
  }
}

async function deliverWebhook(message: NotifyMessage): Promise<void> {
  let response: Response;
  try {
    response = await fetch(message.to, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "OpenPolicy-Webhooks/1.0",
        "x-openpolicy-delivery": message.id,
        "x-openpolicy-template": message.template,
      },
      body: JSON.stringify({ id: message.id, template: message.template, locale: message.locale, data: message.data }),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (err) {
    throw new Error(`webhook ${new URL(message.to).host} unreachable: ${err instanceof Error ? err.message : String(err)}`);
  }
  await response.body?.cancel();
  if (!response.ok) throw new Error(`webhook ${new URL(message.to).host} answered ${response.status}`);
}
