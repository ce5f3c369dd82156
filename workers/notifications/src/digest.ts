import { and, asc, eq, gte, lt } from "drizzle-orm";
import { platformDb } from "#shared/db/index";
import { eventLog, queueFailures } from "#shared/db/platform";
import type { NotifyMessage } from "#shared/queues/messages";
import type { DigestSummary } from "#shared/service/rpc";
import { OPS_WEBHOOK_KEY } from "./events";

/** Where the last digest ended, so the next one starts there even if a day's run was missed. */
export const DIGEST_SINCE_KEY = "notifications:ops-digest-since";
/** A digest lists at most this many items of each kind; the totals count them all. */
const MAX_ITEMS = 200;

/** What a digest covered (declared in shared: it is the answer of the `digest` RPC). */
export type { DigestSummary } from "#shared/service/rpc";

/**
 * The operators' daily digest: every event the platform journalled and every message that was
 * dead-lettered since the last digest, sent to the operators' webhook as one notification.
 * Nothing is sent for a quiet period or when no webhook is configured.
 */
export async function sendOpsDigest(env: Env, now: Date): Promise<DigestSummary> {
  const to = now.toISOString();
  const from = (await env.CONFIG.get(DIGEST_SINCE_KEY)) ?? new Date(now.getTime() - 86_400_000).toISOString();
  const db = platformDb(env.PLATFORM);

  const [events, dead] = await Promise.all([
    db
      .select({ id: eventLog.id, type: eventLog.type, subject: eventLog.subject, occurred_at: eventLog.occurredAt, data: eventLog.data })
      .from(eventLog)
      .where(and(gte(eventLog.receivedAt, from), lt(eventLog.receivedAt, to)))
      .orderBy(asc(eventLog.occurredAt)),
    db
      .select({ queue: queueFailures.queue, message_id: queueFailures.messageId, last_error: queueFailures.lastError, at: queueFailures.updatedAt })
      .from(queueFailures)
      .where(and(eq(queueFailures.state, "dead"), gte(queueFailures.updatedAt, from), lt(queueFailures.updatedAt, to))),
  ]);

  const webhook = await env.CONFIG.get(OPS_WEBHOOK_KEY);
  const queued = Boolean(webhook) && events.length + dead.length > 0;
  if (webhook && queued) {
    const digest: NotifyMessage = {
      id: crypto.randomUUID(),
      channel: "webhook",
      to: webhook,
      template: "ops.daily_digest",
      locale: "en",
      data: {
        period: { from, to },
        totals: { events: events.length, dead_letters: dead.length },
        events: events.slice(0, MAX_ITEMS).map((e) => ({ ...e, data: JSON.parse(e.data) as unknown })),
        dead_letters: dead.slice(0, MAX_ITEMS),
      },
    };
    await env.NOTIFY.send(digest, { contentType: "json" });
  }
  // Only once the digest is queued does the next period start here.
  await env.CONFIG.put(DIGEST_SINCE_KEY, to);
  return { from, to, events: events.length, dead_letters: dead.length, queued };
}
