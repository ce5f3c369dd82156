import { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { ballots, BALLOTS, parties } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { barDataset, chartConfig } from "../chart-config";
import { defineKind } from "../kind";
import { BALLOT_COLORS, BALLOT_LABELS, bilingual, labelIn, UNKNOWN_PARTY } from "../labels";
import { DivisionNumberParam, SessionParam } from "../params";
import { DivisionRefSchema, requireDivision } from "../subjects";
import { clip } from "../text";

const Count = z.number().int();

const PartyBallotsSchema = z
  .object({
    party: z.string().nullable().openapi({ description: "Party slug; null for the ballots of members whose party that day is unknown.", example: "liberal" }),
    label_en: z.string().openapi({ example: "Liberal" }),
    label_fr: z.string().openapi({ example: "Libéral" }),
    yea: Count,
    nay: Count,
    paired: Count,
    total: Count,
  })
  .openapi("ChartPartyBallots");

const DataSchema = z
  .object({
    division: DivisionRefSchema,
    rows: z.array(PartyBallotsSchema).openapi({
      description: "One row per party, largest first; members whose party is unknown form the last row, so the rows add up to every ballot.",
    }),
    totals: PartyBallotsSchema.pick({ yea: true, nay: true, paired: true, total: true }),
  })
  .openapi("ChartVoteByPartyData");

type Row = z.infer<typeof PartyBallotsSchema>;

export const voteByParty = defineKind({
  kind: "vote-by-party",
  summary: "How each party voted in a division",
  description:
    "The ballots of one division counted per party (each member's party on the day of the vote) and per ballot: yea, nay, paired. " +
    "Ballots of members whose party is unknown are the `Unknown party` row, so the rows always add up to the division's ballots.",
  params: { session: SessionParam, number: DivisionNumberParam },
  dataSchema: DataSchema,
  columns: ["party", "label_en", "label_fr", "yea", "nay", "paired", "total"],

  async load(env, { session, number }) {
    const db = civicDb(env.CIVIC);
    const { id, ...division } = await requireDivision(db, session, number);
    const counts = await db
      .select({
        slug: parties.slug,
        short_name_en: parties.shortNameEn,
        short_name_fr: parties.shortNameFr,
        ballot: ballots.ballot,
        n: sql<number>`count(*)`,
      })
      .from(ballots)
      .leftJoin(parties, eq(parties.id, ballots.partyId))
      .where(eq(ballots.divisionId, id))
      .groupBy(ballots.partyId, ballots.ballot);

    const byParty = new Map<string | null, Row>();
    for (const c of counts) {
      let row = byParty.get(c.slug);
      if (!row) {
        row = {
          party: c.slug,
          label_en: c.slug === null ? UNKNOWN_PARTY.en : (c.short_name_en ?? c.slug),
          label_fr: c.slug === null ? UNKNOWN_PARTY.fr : (c.short_name_fr ?? c.short_name_en ?? c.slug),
          yea: 0,
          nay: 0,
          paired: 0,
          total: 0,
        };
        byParty.set(c.slug, row);
      }
      row[c.ballot] += c.n;
      row.total += c.n;
    }
    const rows = [...byParty.values()].sort(
      (a, b) => Number(a.party === null) - Number(b.party === null) || b.total - a.total || a.label_en.localeCompare(b.label_en),
    );
    const totals = { yea: 0, nay: 0, paired: 0, total: 0 };
    for (const row of rows) for (const key of [...BALLOTS, "total"] as const) totals[key] += row[key];
    return { division, rows, totals };
  },

  title: ({ division }) =>
    bilingual(
      `How each party voted: division ${division.number} (${division.session}), ${division.date}`,
      `Vote de chaque parti : vote n° ${division.number} (${division.session}), ${division.date}`,
    ),

  chart(data, lang, title) {
    const description = lang === "fr" ? (data.division.description_fr ?? data.division.description_en) : data.division.description_en;
    return chartConfig({
      type: "bar",
      title,
      ...(description ? { subtitle: clip(description, 160) } : {}),
      labels: data.rows.map((row) => labelIn(row, lang)),
      datasets: BALLOTS.map((ballot) =>
        barDataset(
          BALLOT_LABELS[ballot][lang],
          data.rows.map((row) => row[ballot]),
          BALLOT_COLORS[ballot],
        ),
      ),
      x: { title: lang === "fr" ? "Parti" : "Party", stacked: true },
      y: { title: lang === "fr" ? "Députés" : "Members", stacked: true, integer: true },
    });
  },

  filename: ({ session, number }) => `vote-by-party-${session}-${number}`,
});
