import { createRoute, z } from "@hono/zod-openapi";
import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { ballots, bills, divisions, documents, memberIdentifiers, members, memberTerms, parties, ridings, sessions, statements } from "#shared/db/civic";
import { LangQuery, negotiateLang, type Lang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { currentTerm, isCurrentTermOfMember, memberHouseId, requireMemberPk } from "#shared/civic/members-sql";
import { MemberIdPath, PartyQuery, ProvinceQuery, SessionQuery, TextQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { PartyRefSchema, RidingRefSchema } from "../refs";
import { contains } from "../text";
import { qualified } from "#shared/db/columns";
import { partyRefColumns, partyView, ridingRefColumns, ridingView } from "../views";

const MemberSchema = z
  .object({
    id: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "House of Commons person id; null for members known only from older sources (use `slug`).", example: 278625 }),
    slug: z.string().openapi({ example: "pierre-poilievre" }),
    name: z.string(),
    party: PartyRefSchema.nullable().openapi({ description: "Party of the member's current (or latest) term." }),
    riding: RidingRefSchema.nullable().openapi({ description: "Riding of the member's current (or latest) term." }),
    in_office: z.boolean().openapi({ description: "Whether the latest term is still open." }),
    headshot_url: z.string().nullable(),
  })
  .openapi("Member");

const TermSchema = z
  .object({
    start_date: z.string(),
    end_date: z.string().nullable(),
    party: PartyRefSchema.nullable(),
    riding: RidingRefSchema.nullable(),
  })
  .openapi("MemberTerm");

const MemberProfileSchema = MemberSchema.extend({
  name_given: z.string().nullable(),
  name_family: z.string().nullable(),
  gender: z.enum(["M", "F"]).nullable(),
  twitter: z.string().nullable(),
  web_site: z.string().nullable(),
  terms: z.array(TermSchema).openapi({ description: "Every stretch with one party and riding, latest first." }),
  identifiers: z
    .array(z.object({ scheme: z.string(), value: z.string() }))
    .openapi({ description: "Source ids: every Hansard `Affiliation DbId` (any resolves this member), ParlInfo id…" }),
  links: z.array(z.object({ rel: z.string(), url: z.string() })),
  counts: z.object({
    statements: z.number().int(),
    votes: z.number().int(),
    sponsored_bills: z.number().int(),
  }),
}).openapi("MemberProfile");

const memberColumns = {
  pk: members.id,
  id: memberHouseId,
  slug: members.slug,
  name: members.name,
  party: partyRefColumns(parties),
  riding: ridingRefColumns(ridings),
  in_office: sql<number>`${currentTerm.id} is not null and ${currentTerm.endDate} is null`,
  headshot_url: members.headshotUrl,
};

/** Family name first, as the House lists members; the primary key settles namesakes. */
const familyName = sql<string>`lower(coalesce(${members.nameFamily}, ${members.name}))`;
const fullName = sql<string>`lower(${members.name})`;
const ORDER: SortKey[] = [
  { expr: familyName, dir: "asc" },
  { expr: fullName, dir: "asc" },
  { expr: members.id, dir: "asc" },
];

/**
 * Sat in a session: voted in one of its divisions, spoke in one of its sittings or meetings, or
 * held a term overlapping its dates. The Hansard names sessions without dates, so for recent
 * sessions the ballots and statements are what tells. An open term has lasted until today, not
 * forever: it says nothing about a session that has not happened yet.
 */
function satInSession(code: string): SQL {
  return sql`(
    exists (select 1 from ${ballots} b join ${divisions} d on d.id = b.division_id
            where b.member_id = ${qualified(members.id)} and d.session_code = ${code})
    or exists (select 1 from ${statements} s join ${documents} doc on doc.id = s.document_id
               where s.member_id = ${qualified(members.id)} and doc.session_code = ${code})
    or exists (select 1 from ${memberTerms} t join ${sessions} ss on ss.code = ${code}
               where t.member_id = ${qualified(members.id)} and ss.start_date is not null
                 and t.start_date <= coalesce(ss.end_date, '9999-12-31')
                 and coalesce(t.end_date, date('now')) >= ss.start_date))`;
}

const list = createRoute({
  method: "get",
  path: "/api/v1/members",
  tags: ["parliament"],
  summary: "Members of Parliament",
  description:
    "Members by family name, each with the party and riding of their current (or latest) term. `party`, `province` and " +
    "`riding` filter on that term; `session` keeps members who sat in the session (voted, spoke, or held a term then); " +
    "`q` matches part of the name.",
  request: {
    query: PageQuery.extend(LangQuery.shape).extend({
      session: SessionQuery,
      party: PartyQuery,
      province: ProvinceQuery,
      riding: z
        .string()
        .regex(/^(\d{5}|[a-z0-9][a-z0-9-]{0,99})$/, "must be a riding edid (5 digits) or slug")
        .optional()
        .openapi({ param: { name: "riding", in: "query" }, description: "Riding edid or slug.", example: "59038" }),
      q: TextQuery("Part of the member's name."),
    }),
  },
  responses: { ...ok(pageOf(MemberSchema).openapi("MemberPage"), "A page of members."), ...problems(400) },
});

const profile = createRoute({
  method: "get",
  path: "/api/v1/members/{id}",
  tags: ["parliament"],
  summary: "A member's profile",
  description:
    "Names, current party and riding, every term, source ids, links, and how many statements, votes and sponsored bills " +
    "we hold. `{id}` resolves, in this order: the ourcommons.ca PersonId (`members.house_person_id`), a `house_person_id` " +
    "identifier, any Hansard `Affiliation DbId` the member carried (MP, minister, parliamentary secretary, committee roles), " +
    "then the member's slug. The profile's `id` is the one id we print for the member everywhere.",
  request: { params: z.object({ id: MemberIdPath }), query: LangQuery },
  responses: { ...ok(MemberProfileSchema, "The member."), ...problems(400, 404) },
});

export function registerMembers(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, session, party, province, riding, q } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const filters = [
      session ? satInSession(session) : undefined,
      party ? eq(parties.slug, party) : undefined,
      province ? eq(ridings.province, province) : undefined,
      riding ? (/^\d+$/.test(riding) ? eq(ridings.edid, Number(riding)) : eq(ridings.slug, riding)) : undefined,
      q ? contains(members.name, q) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(members)
        .leftJoin(currentTerm, isCurrentTermOfMember)
        .leftJoin(parties, eq(parties.id, currentTerm.partyId))
        .leftJoin(ridings, eq(ridings.id, currentTerm.ridingId))
        .where(and(...filters)),
      db
        .select({ ...memberColumns, family_name: familyName, full_name: fullName })
        .from(members)
        .leftJoin(currentTerm, isCurrentTermOfMember)
        .leftJoin(parties, eq(parties.id, currentTerm.partyId))
        .leftJoin(ridings, eq(ridings.id, currentTerm.ridingId))
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (m) => [m.family_name, m.full_name, m.pk],
      (m) => memberSummary(m, language),
    );
    return c.json(page, 200);
  });

  app.openapi(profile, async (c) => {
    const { id } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const pk = await requireMemberPk(db, id);
    const [[member], terms, identifiers, [statementCount], [voteCount], [billCount]] = await Promise.all([
      db
        .select({
          ...memberColumns,
          name_given: members.nameGiven,
          name_family: members.nameFamily,
          gender: members.gender,
          twitter: members.twitter,
          web_site: members.webSite,
          openparliament_id: members.openparliamentId,
        })
        .from(members)
        .leftJoin(currentTerm, isCurrentTermOfMember)
        .leftJoin(parties, eq(parties.id, currentTerm.partyId))
        .leftJoin(ridings, eq(ridings.id, currentTerm.ridingId))
        .where(eq(members.id, pk)),
      db
        .select({
          start_date: memberTerms.startDate,
          end_date: memberTerms.endDate,
          party: partyRefColumns(parties),
          riding: ridingRefColumns(ridings),
        })
        .from(memberTerms)
        .leftJoin(parties, eq(parties.id, memberTerms.partyId))
        .leftJoin(ridings, eq(ridings.id, memberTerms.ridingId))
        .where(eq(memberTerms.memberId, pk))
        .orderBy(desc(memberTerms.startDate), desc(memberTerms.id)),
      db
        .select({ scheme: memberIdentifiers.scheme, value: memberIdentifiers.value })
        .from(memberIdentifiers)
        .where(eq(memberIdentifiers.memberId, pk))
        .orderBy(memberIdentifiers.scheme, memberIdentifiers.value),
      db.select({ n: count() }).from(statements).where(eq(statements.memberId, pk)),
      db.select({ n: count() }).from(ballots).where(eq(ballots.memberId, pk)),
      db.select({ n: count() }).from(bills).where(eq(bills.sponsorMemberId, pk)),
    ]);
    if (!member) throw new ProblemError(404, `No member with id ${id}.`);
    const { openparliament_id, ...rest } = member;
    return c.json(
      {
        ...memberSummary(rest, language),
        name_given: member.name_given,
        name_family: member.name_family,
        gender: member.gender,
        twitter: member.twitter,
        web_site: member.web_site,
        terms: terms.map((t) => ({ ...t, party: partyView(t.party, language), riding: ridingView(t.riding, language) })),
        identifiers,
        links: memberLinks(member),
        counts: { statements: statementCount?.n ?? 0, votes: voteCount?.n ?? 0, sponsored_bills: billCount?.n ?? 0 },
      },
      200,
    );
  });
}

function memberSummary(
  m: Pick<z.infer<typeof MemberSchema>, "id" | "slug" | "name" | "party" | "riding" | "headshot_url"> & { in_office: number | boolean },
  lang: Lang | undefined,
): z.infer<typeof MemberSchema> {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    party: partyView(m.party, lang),
    riding: ridingView(m.riding, lang),
    in_office: Boolean(m.in_office),
    headshot_url: m.headshot_url,
  };
}

/** Where else the member can be read about; only links whose ids we actually hold. */
function memberLinks(m: { id: number | null; slug: string; web_site: string | null; twitter: string | null; openparliament_id: number | null }) {
  const links: { rel: string; url: string }[] = [];
  if (m.id !== null) links.push({ rel: "ourcommons", url: `https://www.ourcommons.ca/Members/en/${m.id}` });
  if (m.openparliament_id !== null) links.push({ rel: "openparliament", url: `https://openparliament.ca/politicians/${m.slug}/` });
  if (m.web_site) links.push({ rel: "web_site", url: m.web_site });
  if (m.twitter) links.push({ rel: "twitter", url: `https://twitter.com/${m.twitter.replace(/^@/, "")}` });
  return links;
}
