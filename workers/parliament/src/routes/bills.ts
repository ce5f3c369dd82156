import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, eq, or, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import {
  BILL_STAGES,
  billStageEvents,
  bills,
  CHAMBERS,
  committeeMeetings,
  committees,
  DIVISION_RESULTS,
  divisions,
  documents,
  DOCUMENT_KINDS,
  members,
  parties,
  sessions,
  statementBills,
  statements,
} from "#shared/db/civic";
import { LangQuery, localize, negotiateLang, type Lang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { divisionColumns } from "#shared/civic/divisions-sql";
import { currentTerm, findMemberPk, isCurrentTermOfMember, memberHouseId } from "#shared/civic/members-sql";
import { BillNumberPath, BillStatusQuery, MemberId, SessionQuery, sessionPath, TextQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { MemberRefSchema, PartyRefSchema } from "../refs";
import { contains } from "../text";
import { memberView, partyRefColumns, partyView } from "../views";

const SponsorSchema = z
  .object({
    member: MemberRefSchema.nullable().openapi({ description: "The sponsoring member, when we hold them." }),
    name: z.string().nullable().openapi({ description: "The sponsor as the source prints it (Senate sponsors have no member)." }),
  })
  .openapi("BillSponsor");

const BillSchema = z
  .object({
    session: z.string().openapi({ example: "44-1" }),
    number: z.string().openapi({ example: "C-332" }),
    originating_chamber: z.enum(CHAMBERS),
    short_title_en: z.string().nullable(),
    short_title_fr: z.string().nullable(),
    long_title_en: z.string().nullable(),
    long_title_fr: z.string().nullable(),
    title: z.string().nullable().optional().openapi({ description: "Short title, else long title, in the chosen language." }),
    private_member: z.boolean().nullable(),
    sponsor: SponsorSchema,
    status: z.enum(BILL_STAGES).nullable().openapi({ description: "Latest stage reached." }),
    status_date: z.string().nullable(),
    introduced_date: z.string().nullable(),
  })
  .openapi("Bill");

const StageSchema = z
  .object({
    stage: z.enum(BILL_STAGES),
    chamber: z.enum(CHAMBERS),
    date: z.string(),
    description_en: z.string().nullable(),
    description_fr: z.string().nullable(),
    description: z.string().nullable().optional(),
    sitting: z.object({ date: z.string(), number: z.number().int() }).nullable().openapi({ description: "The House sitting where it happened." }),
  })
  .openapi("BillStage");

// Written out from the list item's fields rather than `BillSchema.extend`: an extension of a named
// schema is emitted as `allOf`, whose base branch would check `sponsor` without its `party`.
const BillDetailSchema = z
  .object({
    ...BillSchema.shape,
    bill_type: z.string().nullable().openapi({ example: "Private Member’s Bill" }),
    status_chamber: z.enum(CHAMBERS).nullable(),
    status_text_en: z.string().nullable(),
    status_text_fr: z.string().nullable(),
    status_text: z.string().nullable().optional(),
    legisinfo_id: z.number().int().nullable(),
    sponsor: z.object({ ...SponsorSchema.shape, party: PartyRefSchema.nullable().openapi({ description: "The sponsor's current party." }) }),
    links: z.array(z.object({ rel: z.string(), url: z.string() })),
    stages: z.array(StageSchema).openapi({ description: "Stage timeline, oldest first." }),
    votes: z.array(
      z.object({
        number: z.number().int(),
        date: z.string(),
        description_en: z.string().nullable(),
        description_fr: z.string().nullable(),
        description: z.string().nullable().optional(),
        result: z.enum(DIVISION_RESULTS),
        yea_total: z.number().int(),
        nay_total: z.number().int(),
        paired_total: z.number().int(),
      }),
    ),
    debates: z
      .array(
        z.object({
          kind: z.enum(DOCUMENT_KINDS),
          date: z.string(),
          session: z.string(),
          number: z.number().int(),
          committee: z.string().nullable().openapi({ description: "Committee slug, for evidence." }),
          statements: z.number().int().openapi({ description: "Statements there that mention the bill." }),
        }),
      )
      .openapi({ description: "Sittings and committee meetings where the bill was mentioned, oldest first." }),
  })
  .openapi("BillDetail");

const billColumns = {
  id: bills.id,
  session: bills.sessionCode,
  number: bills.number,
  originating_chamber: bills.originatingChamber,
  short_title_en: bills.shortTitleEn,
  short_title_fr: bills.shortTitleFr,
  long_title_en: bills.longTitleEn,
  long_title_fr: bills.longTitleFr,
  private_member: bills.privateMember,
  member_id: memberHouseId,
  member_slug: members.slug,
  member_name: members.name,
  sponsor_name: bills.sponsorName,
  status: bills.status,
  status_date: bills.statusDate,
  introduced_date: bills.introducedDate,
};

/** Newest session first; in a session, House bills then Senate bills, by number (C-2 before C-10). */
/** A bill's divisions, all in its session. */
const { session: _session, ...divisionsOfBill } = divisionColumns;

const ORDER: SortKey[] = [
  { expr: sessions.parliamentNumber, dir: "desc" },
  { expr: sessions.sessionNumber, dir: "desc" },
  { expr: bills.originatingChamber, dir: "asc" },
  { expr: bills.numberOnly, dir: "asc" },
  { expr: bills.id, dir: "asc" },
];

/** `sort=recent`: the bills whose latest stage is newest first (bills without one last). */
const RECENT: SortKey[] = [
  { expr: sql`coalesce(${bills.statusDate}, '')`, dir: "desc" },
  { expr: bills.id, dir: "desc" },
];

const list = createRoute({
  method: "get",
  path: "/api/v1/bills",
  tags: ["parliament"],
  summary: "Bills",
  description:
    "Bills, newest session first, House bills before Senate bills, by number. `status` is the latest stage reached; " +
    "`sponsor` takes a member id or slug as `/members/{id}` does; `q` matches the number or part of a title in either language.",
  request: {
    query: PageQuery.extend(LangQuery.shape).extend({
      session: SessionQuery,
      status: BillStatusQuery,
      sponsor: MemberId.optional().openapi({ param: { name: "sponsor", in: "query" }, description: "Sponsoring member's id or slug." }),
      q: TextQuery("Bill number or part of a title."),
      sort: z
        .enum(["number", "recent"])
        .default("number")
        .openapi({ param: { name: "sort", in: "query" }, description: "`number` (newest session, then by number) or `recent` (latest stage first)." }),
    }),
  },
  responses: { ...ok(pageOf(BillSchema).openapi("BillPage"), "A page of bills."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/bills/{session}/{number}",
  tags: ["parliament"],
  summary: "One bill",
  description: "Titles, sponsor, status, the stage timeline, the divisions held on it and where it was debated.",
  request: { params: z.object({ session: sessionPath(), number: BillNumberPath }), query: LangQuery },
  responses: { ...ok(BillDetailSchema, "The bill."), ...problems(400, 404) },
});

export function registerBills(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, session, status, sponsor, q, sort } = c.req.valid("query");
    const order = sort === "recent" ? RECENT : ORDER;
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    // An unknown sponsor is a filter nothing matches, not an error: lists narrow, they do not 404.
    const sponsorPk = sponsor === undefined ? undefined : ((await findMemberPk(db, sponsor)) ?? -1);
    const filters = [
      session ? eq(bills.sessionCode, session) : undefined,
      status ? eq(bills.status, status) : undefined,
      sponsorPk === undefined ? undefined : eq(bills.sponsorMemberId, sponsorPk),
      q
        ? or(
            eq(bills.number, q.toUpperCase()),
            contains(bills.shortTitleEn, q),
            contains(bills.shortTitleFr, q),
            contains(bills.longTitleEn, q),
            contains(bills.longTitleFr, q),
          )
        : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(bills)
        .where(and(...filters)),
      db
        .select({ ...billColumns, parliament: sessions.parliamentNumber, session_number: sessions.sessionNumber, number_only: bills.numberOnly })
        .from(bills)
        .innerJoin(sessions, eq(sessions.code, bills.sessionCode))
        .leftJoin(members, eq(members.id, bills.sponsorMemberId))
        .where(and(...filters, after(order, cursor)))
        .orderBy(...orderBy(order))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (b) => (sort === "recent" ? [b.status_date ?? "", b.id] : [b.parliament, b.session_number, b.originating_chamber, b.number_only, b.id]),
      (b) => billSummary(b, language),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { session, number } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const [bill] = await db
      .select({
        ...billColumns,
        bill_type: bills.billType,
        status_chamber: bills.statusChamber,
        status_text_en: bills.statusTextEn,
        status_text_fr: bills.statusTextFr,
        legisinfo_id: bills.legisinfoId,
        party: partyRefColumns(parties),
      })
      .from(bills)
      .leftJoin(members, eq(members.id, bills.sponsorMemberId))
      .leftJoin(currentTerm, isCurrentTermOfMember)
      .leftJoin(parties, eq(parties.id, currentTerm.partyId))
      .where(and(eq(bills.sessionCode, session), eq(bills.number, number)));
    if (!bill) throw new ProblemError(404, `No bill ${number} in session ${session}.`);

    const [stages, votes, debates] = await Promise.all([
      db
        .select({
          stage: billStageEvents.stage,
          chamber: billStageEvents.chamber,
          date: billStageEvents.date,
          description_en: billStageEvents.descriptionEn,
          description_fr: billStageEvents.descriptionFr,
          sitting: { date: documents.date, number: documents.number },
        })
        .from(billStageEvents)
        .leftJoin(documents, eq(documents.id, billStageEvents.documentId))
        .where(eq(billStageEvents.billId, bill.id))
        .orderBy(asc(billStageEvents.date), asc(billStageEvents.id)),
      db.select(divisionsOfBill).from(divisions).where(eq(divisions.billId, bill.id)).orderBy(asc(divisions.date), asc(divisions.number)),
      db
        .select({
          kind: documents.kind,
          date: documents.date,
          session: documents.sessionCode,
          number: documents.number,
          committee: committees.slug,
          statements: sql<number>`count(*)`,
        })
        .from(statementBills)
        .innerJoin(statements, eq(statements.id, statementBills.statementId))
        .innerJoin(documents, eq(documents.id, statements.documentId))
        .leftJoin(committeeMeetings, eq(committeeMeetings.documentId, documents.id))
        .leftJoin(committees, eq(committees.id, committeeMeetings.committeeId))
        .where(eq(statementBills.billId, bill.id))
        .groupBy(documents.id)
        .orderBy(asc(documents.date), asc(documents.id)),
    ]);

    const summary = billSummary(bill, language);
    return c.json(
      {
        ...summary,
        ...localize({ status_text_en: bill.status_text_en, status_text_fr: bill.status_text_fr }, language, ["status_text"]),
        bill_type: bill.bill_type,
        status_chamber: bill.status_chamber,
        legisinfo_id: bill.legisinfo_id,
        sponsor: { ...summary.sponsor, party: partyView(bill.party, language) },
        links: [
          {
            rel: "legisinfo",
            url: `https://www.parl.ca/legisinfo/en/bill/${bill.session}/${bill.number.toLowerCase()}`,
          },
        ],
        stages: stages.map((s) => localize(s, language, ["description"])),
        votes: votes.map((v) => localize(v, language, ["description"])),
        debates,
      },
      200,
    );
  });
}

type BillRow = Omit<z.infer<typeof BillSchema>, "sponsor" | "title"> & {
  member_id: number | null;
  member_slug: string | null;
  member_name: string | null;
  sponsor_name: string | null;
};

function billSummary(b: BillRow, lang: Lang | undefined): z.infer<typeof BillSchema> {
  const titles = {
    short_title_en: b.short_title_en,
    short_title_fr: b.short_title_fr,
    long_title_en: b.long_title_en,
    long_title_fr: b.long_title_fr,
  };
  // The short title is what people call a bill; many bills only have a long one.
  const title = lang ? (localize(titles, lang, ["short_title"]).short_title ?? localize(titles, lang, ["long_title"]).long_title ?? null) : undefined;
  const member = memberView(b);
  return {
    session: b.session,
    number: b.number,
    originating_chamber: b.originating_chamber,
    ...titles,
    ...(title === undefined ? {} : { title }),
    private_member: b.private_member,
    sponsor: { member, name: b.sponsor_name ?? member?.name ?? null },
    status: b.status,
    status_date: b.status_date,
    introduced_date: b.introduced_date,
  };
}
