import { and, eq } from "drizzle-orm";
import type { CivicDb } from "#shared/db/index";
import { committeeMeetings, committees, documents } from "#shared/db/civic";
import { ProblemError } from "#shared/http/problem";
import { Slug } from "./params";

/** `{slug}` of `/committees/{slug}…`. */
export const CommitteeSlugPath = Slug.openapi({ param: { name: "slug", in: "path" }, description: "Committee slug.", example: "ethics" });

export async function requireCommittee(db: CivicDb, slug: string) {
  const [committee] = await db
    .select({
      id: committees.id,
      slug: committees.slug,
      acronym: committees.acronym,
      name_en: committees.nameEn,
      name_fr: committees.nameFr,
      joint: committees.joint,
      parent_id: committees.parentId,
    })
    .from(committees)
    .where(eq(committees.slug, slug));
  if (!committee) throw new ProblemError(404, `No committee with slug ${slug}.`);
  return committee;
}

/** A meeting by committee, session and number, with its evidence document when published. */
export async function requireMeeting(db: CivicDb, slug: string, session: string, number: number) {
  const committee = await requireCommittee(db, slug);
  const [meeting] = await db
    .select({
      date: committeeMeetings.date,
      document_id: committeeMeetings.documentId,
      source_url_en: documents.sourceUrlEn,
      source_url_fr: documents.sourceUrlFr,
    })
    .from(committeeMeetings)
    .leftJoin(documents, eq(documents.id, committeeMeetings.documentId))
    .where(and(eq(committeeMeetings.committeeId, committee.id), eq(committeeMeetings.sessionCode, session), eq(committeeMeetings.number, number)));
  if (!meeting) throw new ProblemError(404, `No meeting ${number} of committee ${slug} in session ${session}.`);
  return { committee, meeting };
}
