import { platformDb } from "#shared/db/index";
import { eventLog } from "#shared/db/platform";
import type { DomainEvent, NotifyMessage } from "#shared/queues/messages";

/** KV key of the operators' alert webhook; when unset, status changes are only journalled. */
export const OPS_WEBHOOK_KEY = "notifications:ops-webhook-url";

/**
 * Takes one domain event off the `events` queue: journals it once (a redelivery finds its row
 * and changes nothing), then queues the notifications it calls for.
 */
export async function handleEvent(env: Env, event: DomainEvent): Promise<void> {
  await platformDb(env.PLATFORM)
    .insert(eventLog)
    .values({
      id: event.id,
      type: event.type,
      subject: event.subject,
      occurredAt: event.occurred_at,
      data: JSON.stringify(event.data),
    })
    .onConflictDoNothing();

  switch (event.type) {
    case "service.status_changed": {
      const webhook = await env.CONFIG.get(OPS_WEBHOOK_KEY);
      if (!webhook) return;
      const alert: NotifyMessage = {
        // Derived from the event so a redelivered event queues the same alert, not a second one.
        id: event.id,
        channel: "webhook",
        to: webhook,
        template: event.type,
        locale: "en",
        data: { event },
      };
      await env.NOTIFY.send(alert, { contentType: "json" });
      return;
    }
  }
}
