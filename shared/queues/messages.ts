import { z } from "zod";
import { HealthStatus } from "#shared/health/checks";
import { SERVICES } from "#shared/service/names";

/**
 * The body of every queue message, one schema per queue. Producers build bodies with these
 * types and consumers parse with them, so a message that does not match is caught on arrival.
 * Every body carries its own `id`, which survives redelivery and the move to a dead-letter queue.
 */

const id = z.uuid();
const timestamp = z.iso.datetime();

/** `events`: something a citizen or an operator could follow has changed. */
const ServiceStatusChanged = z.object({
  id,
  type: z.literal("service.status_changed"),
  occurred_at: timestamp,
  subject: z.string(),
  data: z.object({
    service: z.enum(SERVICES),
    from: HealthStatus.nullable(),
    to: HealthStatus,
    error: z.string().optional(),
  }),
});

export const DomainEvent = z.discriminatedUnion("type", [ServiceStatusChanged]);
export type DomainEvent = z.infer<typeof DomainEvent>;

/** `etl-jobs`: one document of one source to fetch, parse and load within a run. */
export const EtlJob = z.object({
  id,
  run_id: z.string().min(1),
  source: z.string().min(1),
  document: z.url(),
});
export type EtlJob = z.infer<typeof EtlJob>;

/** `notify`: one message to deliver to one recipient on one channel. */
export const NotifyMessage = z.object({
  id,
  channel: z.enum(["email", "sms", "push", "webhook"]),
  to: z.string().min(1),
  template: z.string().min(1),
  locale: z.enum(["en", "fr"]),
  data: z.record(z.string(), z.unknown()),
});
export type NotifyMessage = z.infer<typeof NotifyMessage>;

/** The queues of the platform and the schema each one carries. */
export const QUEUE_SCHEMAS = {
  "etl-jobs": EtlJob,
  events: DomainEvent,
  notify: NotifyMessage,
} as const;
export type QueueName = keyof typeof QUEUE_SCHEMAS;
