import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { committeeMeetings, statements } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { qualified } from "#shared/db/columns";
import type { ParliamentApp } from "../context";
import { CommitteeSlugPath, requireCommittee, requireMeeting } from "../committees-sql";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { SessionQuery, sessionPath } from "../params";
import { ok, problems } from "#shared/http/responses";
import { StatementSchema } from "../statements-view";
import { statementsPage, TopicSchema, topicsOf } from "../transcripts";

const MeetingSchema = z
  .object({
    session: z.string(),
    number: z.number().int().openapi({ description: "Meeting number within the session (`NUMBER 053`)." }),
    date: z.string(),
    evidence: z.boolean().openapi({ description: "Whether its evidence transcript is published and loaded." }),
    statements: z.number().int(),
    href: z.string().nullable().openapi({ description: "Where this API serves the transcript, when there is one." }),
  })
  .openapi("CommitteeMeeting");

const MeetingDetailSchema = MeetingSchema.extend({
  committee: z.object({
    slug: z.string(),
    acronym: z.string().nullable(),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    name: z.string().nullable().optional(),
  }),
  source_url_en: z.string().nullable(),
  source_url_fr: z.string().nullable(),
  topics: z.array(TopicSchema),
}).openapi("CommitteeMeetingDetail");

/** Latest first; meeting numbers restart each session, the id settles the rest. */
const ORDER: SortKey[] = [
  { expr: committeeMeetings.date, dir: "desc" },
  { expr: committeeMeetings.id, dir: "desc" },
];

const meetingParams = z.object({
  slug: CommitteeSlugPath,
  session: sessionPath(),
  number: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .openapi({ param: { name: "number", in: "path" }, example: 53 }),
});

const list = createRoute({
  method: "get",
  path: "/api/v1/committees/{slug}/meetings",
  tags: ["parliament"],
  summary: "A committee's meetings",
  description: "Meetings, latest first, with whether the evidence transcript is published and where it is served.",
  request: { params: z.object({ slug: CommitteeSlugPath }), query: PageQuery.extend({ session: SessionQuery }) },
  responses: { ...ok(pageOf(MeetingSchema).openapi("CommitteeMeetingPage"), "A page of meetings."), ...problems(400, 404) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/committees/{slug}/meetings/{session}/{number}",
  tags: ["parliament"],
  summary: "One committee meeting",
  description: "The meeting and the topics of its evidence transcript, in order.",
  request: { params: meetingParams, query: LangQuery },
  responses: { ...ok(MeetingDetailSchema, "The meeting."), ...problems(400, 404) },
});

const evidence = createRoute({
  method: "get",
  path: "/api/v1/committees/{slug}/meetings/{session}/{number}/statements",
  tags: ["parliament"],
  summary: "A committee meeting's evidence",
  description: "The evidence transcript's statements in order, members and witnesses alike.",
  request: { params: meetingParams, query: PageQuery.extend(LangQuery.shape) },
  responses: { ...ok(pageOf(StatementSchema).openapi("EvidencePage"), "A page of statements."), ...problems(400, 404) },
});

const statementCount = sql<number>`(select count(*) from ${statements} s where s.document_id = ${qualified(committeeMeetings.documentId)})`;

export function registerCommitteeMeetings(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { slug } = c.req.valid("param");
    const { limit, cursor, session } = c.req.valid("query");
    const db = civicDb(c.env.CIVIC);
    const committee = await requireCommittee(db, slug);
    const filters = [eq(committeeMeetings.committeeId, committee.id), session ? eq(committeeMeetings.sessionCode, session) : undefined];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(committeeMeetings)
        .where(and(...filters)),
      db
        .select({
          id: committeeMeetings.id,
          session: committeeMeetings.sessionCode,
          number: committeeMeetings.number,
          date: committeeMeetings.date,
          document_id: committeeMeetings.documentId,
          statements: statementCount,
        })
        .from(committeeMeetings)
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (m) => [m.date, m.id],
      ({ id, document_id, ...m }) => ({
        ...m,
        evidence: document_id !== null,
        href: document_id === null ? null : `/api/v1/committees/${slug}/meetings/${m.session}/${m.number}/statements`,
      }),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { slug, session, number } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const { committee, meeting } = await requireMeeting(db, slug, session, number);
    const documentId = meeting.document_id;
    const [counted] = documentId === null ? [] : await db.select({ n: count() }).from(statements).where(eq(statements.documentId, documentId));
    return c.json(
      {
        session,
        number,
        date: meeting.date,
        evidence: documentId !== null,
        statements: counted?.n ?? 0,
        href: documentId === null ? null : `/api/v1/committees/${slug}/meetings/${session}/${number}/statements`,
        committee: localize({ slug: committee.slug, acronym: committee.acronym, name_en: committee.name_en, name_fr: committee.name_fr }, language, ["name"]),
        source_url_en: meeting.source_url_en,
        source_url_fr: meeting.source_url_fr,
        topics: documentId === null ? [] : await topicsOf(db, documentId, language),
      },
      200,
    );
  });

  app.openapi(evidence, async (c) => {
    const { slug, session, number } = c.req.valid("param");
    const { limit, cursor, lang } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const { meeting } = await requireMeeting(db, slug, session, number);
    if (meeting.document_id === null) {
      throw new ProblemError(404, `Meeting ${number} of committee ${slug} in session ${session} has no published evidence.`);
    }
    return c.json(await statementsPage(db, meeting.document_id, { limit, cursor }, language), 200);
  });
}
