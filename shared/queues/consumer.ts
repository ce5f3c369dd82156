import { sql } from "drizzle-orm";
import type { ZodType } from "zod";
import { platformDb } from "#shared/db/index";
import { queueFailures } from "#shared/db/platform";
import { errorFields, log } from "#shared/http/logger";
import { redact, redactText, secretsIn } from "#shared/http/redact";
import { errorMessage } from "#shared/health/checks";

/**
 * The one way queue consumers work on this platform: each message is parsed with its queue's
 * zod schema and acked on its own. A body that can never be valid is recorded as dead at once; a
 * handler that throws gets the message redelivered with exponential backoff, and once the queue's
 * `max_retries` are spent the platform moves it to the dead-letter queue, whose consumer
 * (`recordDeadLetters`) marks it dead. Every message ends processed or recorded in
 * `queue_failures` (D1 `platform`). Records and log lines never hold a message's secrets (such
 * as the one-time token of an email): bodies are filed redacted, and errors quoting a secret are
 * cut too (shared/http/redact.ts).
 */

export interface ConsumeOptions<T> {
  schema: ZodType<T>;
  handle: (body: T, message: Message<unknown>) => Promise<void>;
  /** D1 `platform`, where failures are recorded. */
  platform: D1Database;
  /** Delay before the first redelivery, doubled on each attempt (0 in tests). */
  retryBaseSeconds: number;
}

/** Queues cap a retry delay at 12 hours; an hour is plenty for anything transient here. */
const MAX_RETRY_DELAY_SECONDS = 3600;

export function retryDelaySeconds(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_SECONDS);
}

/** The id a failure is filed under: the body's own id when it has one, else the delivery's. */
function messageKey(message: Message<unknown>): string {
  const body = message.body as { id?: unknown } | null;
  return typeof body?.id === "string" ? body.id : message.id;
}

/** The body and error as a failure record keeps them: with the message's secrets redacted. */
function fileable(message: Message<unknown>, error: string): { body: string; lastError: string } {
  return { body: JSON.stringify(redact(message.body)), lastError: redactText(error, secretsIn(message.body)) };
}

async function recordFailure(platform: D1Database, queue: string, message: Message<unknown>, state: "retrying" | "dead", error: string): Promise<void> {
  const { body, lastError } = fileable(message, error);
  await platformDb(platform)
    .insert(queueFailures)
    .values({ queue, messageId: messageKey(message), state, attempts: message.attempts, lastError, body })
    .onConflictDoUpdate({
      target: [queueFailures.queue, queueFailures.messageId],
      set: {
        state,
        attempts: message.attempts,
        lastError,
        updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      },
    });
}

export async function consumeBatch<T>(batch: MessageBatch<unknown>, opts: ConsumeOptions<T>): Promise<void> {
  for (const message of batch.messages) {
    const secrets = secretsIn(message.body);
    const parsed = opts.schema.safeParse(message.body);
    if (!parsed.success) {
      const error = `invalid message body: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`;
      log("warn", "queue message rejected", { queue: batch.queue, message_id: message.id, error }, secrets);
      try {
        await recordFailure(opts.platform, batch.queue, message, "dead", error);
        message.ack();
      } catch (err) {
        // Recording failed too: let the queue redeliver so the message is not lost.
        log("error", "could not record rejected message", { queue: batch.queue, ...errorFields(err) }, secrets);
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts, opts.retryBaseSeconds) });
      }
      continue;
    }
    try {
      await opts.handle(parsed.data, message);
      message.ack();
      if (message.attempts > 1) {
        // It failed before and has now gone through: the failure record no longer applies.
        await platformDb(opts.platform)
          .delete(queueFailures)
          .where(sql`${queueFailures.queue} = ${batch.queue} AND ${queueFailures.messageId} = ${messageKey(message)}`)
          .catch((err: unknown) => log("warn", "could not clear failure record", { queue: batch.queue, ...errorFields(err) }));
      }
    } catch (err) {
      const delaySeconds = retryDelaySeconds(message.attempts, opts.retryBaseSeconds);
      log(
        "warn",
        "queue message failed; will retry",
        { queue: batch.queue, message_id: message.id, attempts: message.attempts, retry_in_s: delaySeconds, ...errorFields(err) },
        secrets,
      );
      await recordFailure(opts.platform, batch.queue, message, "retrying", errorMessage(err)).catch((recordErr: unknown) =>
        log("error", "could not record failed message", { queue: batch.queue, ...errorFields(recordErr) }, secrets),
      );
      message.retry({ delaySeconds });
    }
  }
}

/** Dead-letter queues are named after their queue: `events` → `events-dlq`. */
export const DEAD_LETTER_SUFFIX = "-dlq";

export function isDeadLetterQueue(queue: string): boolean {
  return queue.endsWith(DEAD_LETTER_SUFFIX);
}

/**
 * The consumer of every dead-letter queue: files each message as dead under the queue it came
 * from, keeping the last error its consumer recorded. Acked only once written.
 */
export async function recordDeadLetters(batch: MessageBatch<unknown>, platform: D1Database): Promise<void> {
  const origin = batch.queue.slice(0, -DEAD_LETTER_SUFFIX.length);
  for (const message of batch.messages) {
    try {
      const { body, lastError } = fileable(message, "delivery attempts exhausted");
      await platformDb(platform)
        .insert(queueFailures)
        .values({ queue: origin, messageId: messageKey(message), state: "dead", attempts: message.attempts, lastError, body })
        .onConflictDoUpdate({
          target: [queueFailures.queue, queueFailures.messageId],
          set: { state: "dead", updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` },
        });
      log("error", "message dead-lettered", { queue: origin, message_id: messageKey(message) });
      message.ack();
    } catch (err) {
      log("error", "could not record dead letter", { queue: batch.queue, ...errorFields(err) }, secretsIn(message.body));
      message.retry();
    }
  }
}
