import type { DomainEvent } from "#shared/queues/messages";
import { HansardParseError, parseHansard, type HansardDocument } from "../parsers/hansard";
import { mergePublications } from "../parsers/hansard-merge";
import { DocumentBatch } from "./batch";
import { queueBillStages, queueMentionedBills } from "./hansard-bills";
import { meetingEvent, queueMeeting } from "./hansard-committees";
import { divisionEvents, queueDivisions } from "./hansard-divisions";
import { memberIdsAfter, peopleOf, resolveMembers, seatedOn } from "./hansard-members";
import { presidingMembers } from "./hansard-presiding";
import { queueDocument, queueSession } from "./hansard-sittings";
import { queueStatements, spokeEvents } from "./hansard-statements";
import { queueTerms } from "./hansard-terms";
import { result } from "./rows";
import type { Loader, LoadResult } from "./types";

/** The publication's language from its parse, so the merge gets each one right whatever the file is called. */
function byLanguage(publications: HansardDocument[]): { en: HansardDocument | null; fr: HansardDocument | null } {
  const en = publications.filter((p) => p.language === "en");
  const fr = publications.filter((p) => p.language === "fr");
  if (en.length > 1 || fr.length > 1) throw new HansardParseError("two publications of a sitting are in the same language");
  return { en: en[0] ?? null, fr: fr[0] ?? null };
}

/**
 * Loads one sitting or committee meeting: both languages are parsed and merged first (a
 * malformed publication stops here, before anything is written); then the session, members,
 * terms, bills, the document, its statements, divisions, ballots and meeting are written in one
 * batch, so a sitting is in the database whole or not at all. Change events are raised for what
 * is new: divisions, statements by members, bill stages, committee meetings.
 */
export const loadHansard: Loader = async (env, publications) => {
  const { en, fr } = byLanguage(publications.map((bytes) => parseHansard(bytes)));
  const doc = mergePublications(en, fr);
  const db = env.CIVIC;
  const batch = new DocumentBatch(db);
  const occurredAt = new Date().toISOString();

  queueSession(db, batch, doc);
  const people = peopleOf(doc);
  const seated = await seatedOn(db, doc.date);
  const memberIds = await resolveMembers(db, batch, people, seated);
  const presiding = await presidingMembers(db, doc, seated);
  await queueTerms(db, batch, doc, people, memberIds);
  const billIds = await queueMentionedBills(db, batch, doc);
  const documentId = await queueDocument(db, batch, doc);
  const statements = await queueStatements(db, batch, doc, documentId, { presiding, memberIds }, billIds);
  const stageEvents = queueBillStages(batch, doc, documentId, billIds, occurredAt);
  const divisions = await queueDivisions(db, batch, doc, documentId, memberIds, billIds);
  const meeting = doc.kind === "evidence" ? await queueMeeting(db, batch, doc, documentId) : null;
  const counts = await batch.commit();

  // Events name members by id, which the batch has just given to the members it created.
  const members = await memberIdsAfter(db, memberIds);
  const events: DomainEvent[] = [
    ...stageEvents(),
    ...spokeEvents(doc, statements.rows, statements.inserted, members, occurredAt),
    ...divisionEvents(doc, divisions, members, occurredAt),
    ...(meeting && meeting.inserted.size > 0 ? [meetingEvent(doc, meeting.slug, occurredAt)] : []),
  ];

  const read = doc.statements.length + doc.divisions.length + doc.divisions.reduce((n, d) => n + d.ballots.length, 0);
  const rejects: LoadResult["rejects"] = doc.divisions.flatMap((d) =>
    d.ballots
      .filter((b) => b.dbId === null)
      .map((b) => ({ recordIndex: d.number, sourceId: d.sourceId, reason: `ballot of "${b.namePrinted}" in division ${d.number} has no member id` })),
  );
  return result(read, [counts], rejects, events);
};
