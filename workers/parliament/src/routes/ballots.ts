import { createRoute, z } from "@hono/zod-openapi";
import { and, count, eq, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { ballots, BALLOTS, members, parties } from "#shared/db/civic";
import { LangQuery, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import type { ParliamentApp } from "../context";
import { divisionPathParams, requireDivision } from "../divisions";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { memberHouseId } from "#shared/civic/members-sql";
import { BallotQuery, PartyQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { PartyRefSchema } from "../refs";
import { partyRefColumns, partyView } from "../views";

const BallotSchema = z
  .object({
    member_id: z.number().int().nullable().openapi({ description: "House of Commons person id (see `/members/{id}`).", example: 278625 }),
    member_slug: z.string(),
    name: z.string(),
    party: PartyRefSchema.nullable().openapi({ description: "The member's party on the day of the vote." }),
    ballot: z.enum(BALLOTS),
  })
  .openapi("Ballot");

/** Alphabetical by family name, as the Hansard prints division lists. */
const familyName = sql<string>`lower(coalesce(${members.nameFamily}, ${members.name}))`;
const ORDER: SortKey[] = [
  { expr: familyName, dir: "asc" },
  { expr: members.id, dir: "asc" },
];

const route = createRoute({
  method: "get",
  path: "/api/v1/votes/{session}/{number}/ballots",
  tags: ["parliament"],
  summary: "Ballots of one division",
  description: "One row per member who voted or was paired, by family name. `party` is a party slug, matched on the day of the vote.",
  request: {
    params: divisionPathParams,
    query: PageQuery.extend(LangQuery.shape).extend({ party: PartyQuery, ballot: BallotQuery }),
  },
  responses: { ...ok(pageOf(BallotSchema).openapi("BallotPage"), "A page of ballots."), ...problems(400, 404) },
});

export function registerBallots(app: ParliamentApp): void {
  app.openapi(route, async (c) => {
    const { session, number } = c.req.valid("param");
    const { limit, cursor, lang, party, ballot } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const division = await requireDivision(db, session, number);
    const filters = [eq(ballots.divisionId, division), party ? eq(parties.slug, party) : undefined, ballot ? eq(ballots.ballot, ballot) : undefined];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(ballots)
        .leftJoin(parties, eq(parties.id, ballots.partyId))
        .where(and(...filters)),
      db
        .select({
          pk: members.id,
          family_name: familyName,
          member_id: memberHouseId,
          member_slug: members.slug,
          name: members.name,
          party: partyRefColumns(parties),
          ballot: ballots.ballot,
        })
        .from(ballots)
        .innerJoin(members, eq(members.id, ballots.memberId))
        .leftJoin(parties, eq(parties.id, ballots.partyId))
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (b) => [b.family_name, b.pk],
      ({ pk, family_name, ...b }) => ({
        ...b,
        party: partyView(b.party, language),
      }),
    );
    return c.json(page, 200);
  });
}
