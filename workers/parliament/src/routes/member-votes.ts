import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { ballots, BALLOTS, bills, DIVISION_RESULTS, divisions, parties } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { requireMemberPk } from "#shared/civic/members-sql";
import { BallotQuery, MemberIdPath, SessionQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { BillRefSchema, PartyRefSchema } from "../refs";
import { partyRefColumns, partyView } from "../views";
import { divisionRef } from "#shared/civic/divisions-sql";

const MemberBallotSchema = z
  .object({
    session: z.string(),
    number: z.number().int().openapi({ description: "Division number within the session." }),
    date: z.string(),
    description_en: z.string().nullable(),
    description_fr: z.string().nullable(),
    description: z.string().nullable().optional(),
    result: z.enum(DIVISION_RESULTS),
    ballot: z.enum(BALLOTS),
    party: PartyRefSchema.nullable().openapi({ description: "The member's party on the day of the vote." }),
    bill: BillRefSchema.nullable(),
  })
  .openapi("MemberBallot");

/** Latest vote first; a division is unique by session and number. */
const ORDER: SortKey[] = [
  { expr: divisions.date, dir: "desc" },
  { expr: divisions.sessionCode, dir: "desc" },
  { expr: divisions.number, dir: "desc" },
];

const route = createRoute({
  method: "get",
  path: "/api/v1/members/{id}/votes",
  tags: ["parliament"],
  summary: "How a member voted",
  description: "The member's ballot in each recorded division, latest first, with the division and its bill. `{id}` as for `/members/{id}`.",
  request: {
    params: z.object({ id: MemberIdPath }),
    query: PageQuery.extend(LangQuery.shape).extend({ session: SessionQuery, ballot: BallotQuery }),
  },
  responses: { ...ok(pageOf(MemberBallotSchema).openapi("MemberBallotPage"), "A page of the member's ballots."), ...problems(400, 404) },
});

export function registerMemberVotes(app: ParliamentApp): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor, lang, session, ballot } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const pk = await requireMemberPk(db, id);
    const filters = [eq(ballots.memberId, pk), session ? eq(divisions.sessionCode, session) : undefined, ballot ? eq(ballots.ballot, ballot) : undefined];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(ballots)
        .innerJoin(divisions, eq(divisions.id, ballots.divisionId))
        .where(and(...filters)),
      db
        .select({
          ...divisionRef,
          ballot: ballots.ballot,
          party: partyRefColumns(parties),
          bill: { session: bills.sessionCode, number: bills.number },
        })
        .from(ballots)
        .innerJoin(divisions, eq(divisions.id, ballots.divisionId))
        .leftJoin(parties, eq(parties.id, ballots.partyId))
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
      (v) => ({
        ...localize(v, language, ["description"]),
        party: partyView(v.party, language),
      }),
    );
    return c.json(page, 200);
  });
}
