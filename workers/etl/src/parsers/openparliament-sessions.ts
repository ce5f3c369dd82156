import { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, inFileOrder, validate } from "./common";
import { cleanText, isoDate } from "./common-text";
import { readFixture } from "./openparliament-fixture";

/** A row for `sessions`, keyed by its code (`40-3`). */
export interface SessionRecord {
  code: string;
  parliamentNumber: number;
  sessionNumber: number;
  nameEn: string;
  startDate: string | null;
  /** Null while the session is open: the fixture's last session (40-3) has no end. */
  endDate: string | null;
}

const Session = z
  .object({
    pk: z.string().regex(/^\d+-\d+$/, "session code must look like 40-3"),
    fields: z.object({
      name: z.string().trim().min(1),
      parliamentnum: z.number().int().positive(),
      sessnum: z.number().int().positive(),
      start: isoDate.nullable(),
      end: isoDate.nullable(),
    }),
  })
  .refine((s) => s.pk === `${s.fields.parliamentnum}-${s.fields.sessnum}`, {
    message: "code does not match parliamentnum-sessnum",
  })
  .refine((s) => s.fields.start === null || s.fields.end === null || s.fields.end >= s.fields.start, {
    message: "session ends before it starts",
  });

/** `sessions.json` (`core.session`). */
export function parseSessions(raw: RawSource): ParseResult<SessionRecord[]> {
  const { records: rows, rejects } = readFixture(raw, ["core.session"], "the openparliament sessions fixture");
  const records: SessionRecord[] = [];
  const failed: Reject[] = [];
  const codes = new FirstSeen();
  for (const row of rows) {
    const session = validate(Session, row);
    const reason = session.ok ? codes.duplicate(session.value.pk, row.index, "session") : session.reason;
    if (!session.ok || reason) {
      failed.push({ index: row.index, sourceId: row.sourceId, reason: reason! });
      continue;
    }
    const { pk, fields } = session.value;
    records.push({
      code: pk,
      parliamentNumber: fields.parliamentnum,
      sessionNumber: fields.sessnum,
      nameEn: cleanText(fields.name)!,
      startDate: fields.start,
      endDate: fields.end,
    });
  }
  return { records, rejects: inFileOrder(rejects, failed) };
}
