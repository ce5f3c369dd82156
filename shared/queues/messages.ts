import { z } from "zod";
import { HealthStatus } from "#shared/health/checks";
import { SERVICES } from "#shared/service/names";
import { BALLOTS, DIVISION_RESULTS, DOCUMENT_KINDS, LANGUAGES } from "../civic/vocabulary";

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

/** A division the House recorded, with every member's ballot, new to the platform. */
const DivisionRecorded = z.object({
  id,
  type: z.literal("division.recorded"),
  occurred_at: timestamp,
  subject: z.string(),
  data: z.object({
    session: z.string(),
    number: z.number().int(),
    date: z.string(),
    description_en: z.string().nullable(),
    result: z.enum(DIVISION_RESULTS),
    yea_total: z.number().int(),
    nay_total: z.number().int(),
    paired_total: z.number().int(),
    bill: z.string().nullable(),
    ballots: z.array(z.object({ member_id: z.number().int(), ballot: z.enum(BALLOTS) })),
  }),
});

/** A bill seen at a stage it had not reached before. */
const BillStageReached = z.object({
  id,
  type: z.literal("bill.stage_reached"),
  occurred_at: timestamp,
  subject: z.string(),
  data: z.object({ session: z.string(), number: z.string(), stage: z.string(), chamber: z.string(), date: z.string() }),
});

/** New statements by one member in one sitting or meeting (one event per member and document). */
const MemberSpoke = z.object({
  id,
  type: z.literal("member.spoke"),
  occurred_at: timestamp,
  subject: z.string(),
  data: z.object({
    member_id: z.number().int(),
    date: z.string(),
    document_kind: z.enum(DOCUMENT_KINDS),
    statements: z.number().int().positive(),
    headings: z.array(z.string()),
  }),
});

/** A committee meeting new to the platform. */
const CommitteeMet = z.object({
  id,
  type: z.literal("committee.met"),
  occurred_at: timestamp,
  subject: z.string(),
  data: z.object({ committee: z.string(), session: z.string(), number: z.number().int(), date: z.string() }),
});

export const DomainEvent = z.discriminatedUnion("type", [ServiceStatusChanged, DivisionRecorded, BillStageReached, MemberSpoke, CommitteeMet]);
export type DomainEvent = z.infer<typeof DomainEvent>;

/**
 * `etl-jobs`: one document of one source to fetch, parse and load within a run. A publication
 * that exists in two languages travels as one job with both URLs, so it loads as one document.
 */
export const EtlJob = z.object({
  id,
  run_id: z.string().min(1),
  source: z.string().min(1),
  /** The run's name for this document (its path under the source). */
  document: z.string().min(1),
  urls: z.array(z.url()).min(1).max(2),
});
export type EtlJob = z.infer<typeof EtlJob>;

/**
 * `notify`: one message to deliver to one recipient on one channel. `data` holds what the
 * template needs; a secret in it (the one-time `token` of a confirmation or reset email) goes under
 * a field name shared/http/redact.ts knows as secret, so it reaches its recipient and no record
 * or log line: a failure record keeps `"[redacted]"` in its place.
 */
export const NotifyMessage = z.object({
  id,
  channel: z.enum(["email", "sms", "push", "webhook"]),
  to: z.string().min(1),
  template: z.string().min(1),
  locale: z.enum(LANGUAGES),
  data: z.record(z.string(), z.unknown()),
});
export type NotifyMessage = z.infer<typeof NotifyMessage>;
