import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, desc, eq, max, or, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { committeeMeetings, committees } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { qualified } from "#shared/db/columns";
import type { ParliamentApp } from "../context";
import { CommitteeSlugPath, requireCommittee } from "../committees-sql";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { SessionQuery, TextQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { contains } from "../text";

const CommitteeRefSchema = z
  .object({
    slug: z.string().openapi({ example: "ethics" }),
    acronym: z.string().nullable().openapi({ description: "Current acronym; acronyms change between Parliaments, slugs do not.", example: "ETHI" }),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    name: z.string().nullable().optional(),
  })
  .openapi("CommitteeRef");

const CommitteeSchema = CommitteeRefSchema.extend({
  joint: z.boolean().openapi({ description: "A joint committee of the House and the Senate." }),
  parent: z.string().nullable().openapi({ description: "Slug of the parent committee, for subcommittees." }),
  meetings: z.number().int(),
}).openapi("Committee");

const CommitteeDetailSchema = CommitteeSchema.extend({
  parent_committee: CommitteeRefSchema.nullable(),
  subcommittees: z.array(CommitteeRefSchema),
  sessions: z.array(z.object({ session: z.string(), meetings: z.number().int(), last_meeting: z.string() })).openapi({
    description: "Sessions in which it met, latest first.",
  }),
}).openapi("CommitteeDetail");

const parent = sql<string | null>`(select p.slug from ${committees} p where p.id = ${qualified(committees.parentId)})`;
const meetingCount = sql<number>`(select count(*) from ${committeeMeetings} m where m.committee_id = ${qualified(committees.id)})`;

const sortName = sql<string>`lower(${committees.nameEn})`;
const ORDER: SortKey[] = [
  { expr: sortName, dir: "asc" },
  { expr: committees.id, dir: "asc" },
];

const list = createRoute({
  method: "get",
  path: "/api/v1/committees",
  tags: ["parliament"],
  summary: "Committees",
  description: "House and joint committees and subcommittees, by name. `session` keeps those that met in the session.",
  request: {
    query: PageQuery.extend(LangQuery.shape).extend({ session: SessionQuery, q: TextQuery("Part of the name or the acronym.") }),
  },
  responses: { ...ok(pageOf(CommitteeSchema).openapi("CommitteePage"), "A page of committees."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/committees/{slug}",
  tags: ["parliament"],
  summary: "One committee",
  description: "A committee, its parent and subcommittees, and the sessions in which it met. Meetings are at `/committees/{slug}/meetings`.",
  request: { params: z.object({ slug: CommitteeSlugPath }), query: LangQuery },
  responses: { ...ok(CommitteeDetailSchema, "The committee."), ...problems(400, 404) },
});

export function registerCommittees(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, session, q } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const filters = [
      session
        ? sql`exists (select 1 from ${committeeMeetings} m where m.committee_id = ${qualified(committees.id)} and m.session_code = ${session})`
        : undefined,
      q ? or(contains(committees.nameEn, q), contains(committees.nameFr, q), eq(committees.acronym, q.toUpperCase())) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(committees)
        .where(and(...filters)),
      db
        .select({
          id: committees.id,
          sort_name: sortName,
          slug: committees.slug,
          acronym: committees.acronym,
          name_en: committees.nameEn,
          name_fr: committees.nameFr,
          joint: committees.joint,
          parent,
          meetings: meetingCount,
        })
        .from(committees)
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (r) => [r.sort_name, r.id],
      ({ id, sort_name, ...r }) => localize(r, language, ["name"]),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { slug } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const committee = await requireCommittee(db, slug);
    const refColumns = { slug: committees.slug, acronym: committees.acronym, name_en: committees.nameEn, name_fr: committees.nameFr };
    const [parents, subcommittees, sessions] = await Promise.all([
      db
        .select(refColumns)
        .from(committees)
        .where(eq(committees.id, committee.parent_id ?? -1)),
      db.select(refColumns).from(committees).where(eq(committees.parentId, committee.id)).orderBy(asc(committees.nameEn)),
      db
        .select({ session: committeeMeetings.sessionCode, meetings: count(), last_meeting: max(committeeMeetings.date) })
        .from(committeeMeetings)
        .where(eq(committeeMeetings.committeeId, committee.id))
        .groupBy(committeeMeetings.sessionCode)
        .orderBy(desc(max(committeeMeetings.date))),
    ]);
    const parentRef = parents[0] ? localize(parents[0], language, ["name"]) : null;
    const { id, parent_id, ...view } = committee;
    return c.json(
      {
        ...localize(view, language, ["name"]),
        parent: parentRef?.slug ?? null,
        meetings: sessions.reduce((sum, s) => sum + s.meetings, 0),
        parent_committee: parentRef,
        subcommittees: subcommittees.map((s) => localize(s, language, ["name"])),
        sessions: sessions.map((s) => ({ ...s, last_meeting: s.last_meeting ?? "" })),
      },
      200,
    );
  });
}
