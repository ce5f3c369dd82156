import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, gte, lte, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { ballots, bills, DIVISION_RESULTS, divisions, documents, parties } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { BillNumberQuery, checkDateRange, DateFromQuery, DateToQuery, ResultQuery, SessionQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { BillRefSchema, PartyRefSchema } from "../refs";
import { partyRefColumns, partyView } from "../views";
import { divisionPathParams, requireDivision } from "../divisions";
import { divisionColumns } from "#shared/civic/divisions-sql";

const VoteSchema = z
  .object({
    session: z.string().openapi({ example: "44-1" }),
    number: z.number().int().openapi({ description: "Division number within the session.", example: 332 }),
    date: z.string(),
    description_en: z.string().nullable(),
    description_fr: z.string().nullable(),
    description: z.string().nullable().optional(),
    result: z.enum(DIVISION_RESULTS),
    yea_total: z.number().int().openapi({ description: "As printed in the Hansard." }),
    nay_total: z.number().int(),
    paired_total: z.number().int(),
    bill: BillRefSchema.nullable(),
  })
  .openapi("Vote");

const TallySchema = z.object({ yea: z.number().int(), nay: z.number().int(), paired: z.number().int() });

// Written out from the list item's fields rather than `VoteSchema.extend`: an extension of a named
// schema is emitted as `allOf`, whose base branch would check `bill` without its titles.
const VoteDetailSchema = z
  .object({
    ...VoteSchema.shape,
    sitting: z.object({ date: z.string(), number: z.number().int() }).nullable().openapi({ description: "The sitting whose Hansard records it." }),
    bill: z
      .object({
        ...BillRefSchema.shape,
        short_title_en: z.string().nullable(),
        short_title_fr: z.string().nullable(),
        long_title_en: z.string().nullable(),
        long_title_fr: z.string().nullable(),
      })
      .nullable(),
    counted: TallySchema.openapi({
      description: "Ballots we hold, counted. Equal to the printed totals when the division loaded completely (the ETL checks it).",
    }),
    parties: z
      .array(TallySchema.extend({ party: PartyRefSchema.nullable().openapi({ description: "Null for members without a party that day." }) }))
      .openapi({ description: "Per-party breakdown computed from the ballots, largest party first." }),
  })
  .openapi("VoteDetail");

/** Latest first; a division is unique by session and number. */
const ORDER: SortKey[] = [
  { expr: divisions.date, dir: "desc" },
  { expr: divisions.sessionCode, dir: "desc" },
  { expr: divisions.number, dir: "desc" },
];

const voteColumns = { ...divisionColumns, bill: { session: bills.sessionCode, number: bills.number } };

const list = createRoute({
  method: "get",
  path: "/api/v1/votes",
  tags: ["parliament"],
  summary: "Recorded divisions",
  description: "Divisions of the House, latest first. `bill` is a bill number (in any session unless `session` is given).",
  request: {
    query: PageQuery.extend(LangQuery.shape)
      .extend({ session: SessionQuery, bill: BillNumberQuery, result: ResultQuery, date_from: DateFromQuery, date_to: DateToQuery })
      .superRefine(checkDateRange),
  },
  responses: { ...ok(pageOf(VoteSchema).openapi("VotePage"), "A page of divisions."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/votes/{session}/{number}",
  tags: ["parliament"],
  summary: "One division",
  description:
    "Date, question, result, the totals printed in the Hansard (`yea_total`, `nay_total`, `paired_total`), the ballots counted, " +
    "and a per-party breakdown computed from the ballots (each member's party on that day).",
  request: { params: divisionPathParams, query: LangQuery },
  responses: { ...ok(VoteDetailSchema, "The division."), ...problems(400, 404) },
});

export function registerVotes(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, session, bill, result, date_from, date_to } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const filters = [
      session ? eq(divisions.sessionCode, session) : undefined,
      bill ? eq(bills.number, bill) : undefined,
      result ? eq(divisions.result, result) : undefined,
      date_from ? gte(divisions.date, date_from) : undefined,
      date_to ? lte(divisions.date, date_to) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(divisions)
        .leftJoin(bills, eq(bills.id, divisions.billId))
        .where(and(...filters)),
      db
        .select(voteColumns)
        .from(divisions)
        .leftJoin(bills, eq(bills.id, divisions.billId))
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (v) => [v.date, v.session, v.number],
      (v) => localize(v, language, ["description"]),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { session, number } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const division = await requireDivision(db, session, number);
    const [[vote], tallies] = await Promise.all([
      db
        .select({
          ...voteColumns,
          bill: {
            session: bills.sessionCode,
            number: bills.number,
            short_title_en: bills.shortTitleEn,
            short_title_fr: bills.shortTitleFr,
            long_title_en: bills.longTitleEn,
            long_title_fr: bills.longTitleFr,
          },
          sitting: { date: documents.date, number: documents.number },
        })
        .from(divisions)
        .leftJoin(bills, eq(bills.id, divisions.billId))
        .leftJoin(documents, eq(documents.id, divisions.documentId))
        .where(eq(divisions.id, division)),
      db
        .select({
          party: partyRefColumns(parties),
          yea: sql<number>`sum(${ballots.ballot} = 'yea')`,
          nay: sql<number>`sum(${ballots.ballot} = 'nay')`,
          paired: sql<number>`sum(${ballots.ballot} = 'paired')`,
        })
        .from(ballots)
        .leftJoin(parties, eq(parties.id, ballots.partyId))
        .where(eq(ballots.divisionId, division))
        .groupBy(ballots.partyId)
        .orderBy(sql`count(*) desc`, parties.slug),
    ]);
    const breakdown = tallies.map((t) => ({ yea: t.yea, nay: t.nay, paired: t.paired, party: partyView(t.party, language) }));
    const counted = breakdown.reduce((sum, t) => ({ yea: sum.yea + t.yea, nay: sum.nay + t.nay, paired: sum.paired + t.paired }), {
      yea: 0,
      nay: 0,
      paired: 0,
    });
    return c.json({ ...localize(vote!, language, ["description"]), counted, parties: breakdown }, 200);
  });
}
