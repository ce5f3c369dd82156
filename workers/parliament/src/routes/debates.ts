import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, eq, gte, lte, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { committeeMeetings, committees, DIVISION_RESULTS, divisions, documents, DOCUMENT_KINDS, statements } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { qualified } from "#shared/db/columns";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { checkDateRange, DateFromQuery, DateToQuery, SessionQuery, Slug } from "../params";
import { ok, problems } from "#shared/http/responses";
import { requireSitting, sittingDateParams } from "../sittings";
import { TopicSchema, topicsOf } from "../transcripts";

const DebateSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS).openapi({ description: "`debates`: a House sitting; `evidence`: a committee meeting." }),
    date: z.string(),
    session: z.string(),
    number: z.number().int().openapi({ description: "Sitting number, or the committee's meeting number." }),
    committee: z
      .object({ slug: z.string(), acronym: z.string().nullable(), name_en: z.string(), name_fr: z.string().nullable(), name: z.string().nullable().optional() })
      .nullable(),
    statements: z.number().int(),
    source_url_en: z.string().nullable(),
    source_url_fr: z.string().nullable(),
    href: z.string().openapi({ description: "Where this API serves the transcript.", example: "/api/v1/debates/2023-05-18" }),
  })
  .openapi("Debate");

const SittingSchema = z
  .object({
    date: z.string(),
    session: z.string(),
    number: z.number().int().openapi({ description: "Sitting number (`No. 303`)." }),
    source_url_en: z.string().nullable(),
    source_url_fr: z.string().nullable(),
    statements: z.number().int(),
    topics: z.array(TopicSchema).openapi({ description: "Distinct headings and subheadings, in the order they came up." }),
    votes: z.array(
      z.object({
        number: z.number().int(),
        description_en: z.string().nullable(),
        description_fr: z.string().nullable(),
        description: z.string().nullable().optional(),
        result: z.enum(DIVISION_RESULTS),
      }),
    ),
  })
  .openapi("Sitting");

/** Latest first; the id settles two transcripts of one day (a sitting and committee meetings). */
const ORDER: SortKey[] = [
  { expr: documents.date, dir: "desc" },
  { expr: documents.id, dir: "desc" },
];

const list = createRoute({
  method: "get",
  path: "/api/v1/debates",
  tags: ["parliament"],
  summary: "Transcripts: House sittings and committee meetings",
  description:
    "Every transcript we hold, latest first: House sittings (`kind=debates`) and committee evidence (`kind=evidence`, " +
    "with its committee). `href` is where its statements are served.",
  request: {
    query: PageQuery.extend(LangQuery.shape)
      .extend({
        session: SessionQuery,
        date_from: DateFromQuery,
        date_to: DateToQuery,
        kind: z
          .enum(DOCUMENT_KINDS)
          .optional()
          .openapi({ param: { name: "kind", in: "query" }, description: "Only sittings or only committee evidence." }),
        committee: Slug.optional().openapi({ param: { name: "committee", in: "query" }, description: "Committee slug (evidence only)." }),
      })
      .superRefine(checkDateRange),
  },
  responses: { ...ok(pageOf(DebateSchema).openapi("DebatePage"), "A page of transcripts."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/debates/{date}",
  tags: ["parliament"],
  summary: "The House sitting of a day",
  description: "Sitting number, session, the topics debated in order, and the divisions held. Statements are at `/debates/{date}/statements`.",
  request: { params: sittingDateParams, query: LangQuery },
  responses: { ...ok(SittingSchema, "The sitting."), ...problems(400, 404) },
});

export function registerDebates(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, session, date_from, date_to, kind, committee } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const filters = [
      session ? eq(documents.sessionCode, session) : undefined,
      date_from ? gte(documents.date, date_from) : undefined,
      date_to ? lte(documents.date, date_to) : undefined,
      kind ? eq(documents.kind, kind) : undefined,
      committee ? eq(committees.slug, committee) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(documents)
        .leftJoin(committeeMeetings, eq(committeeMeetings.documentId, documents.id))
        .leftJoin(committees, eq(committees.id, committeeMeetings.committeeId))
        .where(and(...filters)),
      db
        .select({
          id: documents.id,
          kind: documents.kind,
          date: documents.date,
          session: documents.sessionCode,
          number: documents.number,
          committee: { slug: committees.slug, acronym: committees.acronym, name_en: committees.nameEn, name_fr: committees.nameFr },
          statements: sql<number>`(select count(*) from ${statements} s where s.document_id = ${qualified(documents.id)})`,
          source_url_en: documents.sourceUrlEn,
          source_url_fr: documents.sourceUrlFr,
        })
        .from(documents)
        .leftJoin(committeeMeetings, eq(committeeMeetings.documentId, documents.id))
        .leftJoin(committees, eq(committees.id, committeeMeetings.committeeId))
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (d) => [d.date, d.id],
      ({ id, ...d }) => ({
        ...d,
        committee: d.committee && localize(d.committee, language, ["name"]),
        href: d.kind === "evidence" && d.committee ? `/api/v1/committees/${d.committee.slug}/meetings/${d.session}/${d.number}` : `/api/v1/debates/${d.date}`,
      }),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { date } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const sitting = await requireSitting(db, date);
    const [[statementCount], votes] = await Promise.all([
      db.select({ n: count() }).from(statements).where(eq(statements.documentId, sitting.id)),
      db
        .select({
          number: divisions.number,
          description_en: divisions.descriptionEn,
          description_fr: divisions.descriptionFr,
          result: divisions.result,
        })
        .from(divisions)
        .where(eq(divisions.documentId, sitting.id))
        .orderBy(asc(divisions.number)),
    ]);
    const { id, ...view } = sitting;
    return c.json(
      {
        ...view,
        statements: statementCount?.n ?? 0,
        topics: await topicsOf(db, id, language),
        votes: votes.map((v) => localize(v, language, ["description"])),
      },
      200,
    );
  });
}
