import { z } from "@hono/zod-openapi";
import { asc, eq, sql } from "drizzle-orm";
import { ballots, divisions, parties } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { chartConfig, lineDataset } from "../chart-config";
import { defineKind } from "../kind";
import { bilingual, labelIn, partyColor } from "../labels";
import { SessionParam } from "../params";
import { requireSession, SessionRefSchema, sessionName } from "../subjects";

/**
 * Independents sit without a party line, so "voting with their party" means nothing for them;
 * like members whose party is unknown, they are counted aside rather than measured.
 */
const NO_PARTY_LINE = new Set(["ind"]);

const CohesionRowSchema = z
  .object({
    division: z.number().int().openapi({ example: 140 }),
    date: z.string(),
    party: z.string().openapi({ example: "ndp" }),
    label_en: z.string(),
    label_fr: z.string(),
    yea: z.number().int(),
    nay: z.number().int(),
    paired: z.number().int().openapi({ description: "Paired members did not vote, so they are not measured." }),
    voting: z.number().int().openapi({ description: "`yea + nay`." }),
    with_majority: z.number().int().openapi({ description: "Members voting as most of their party did: the larger of `yea` and `nay`." }),
    cohesion: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .openapi({ description: "`with_majority / voting`, from 0.5 (split down the middle) to 1 (united); null when none voted.", example: 1 }),
  })
  .openapi("ChartPartyCohesionRow");

const DataSchema = z
  .object({
    session: SessionRefSchema,
    divisions: z
      .array(
        z.object({
          number: z.number().int(),
          date: z.string(),
          description_en: z.string().nullable(),
          description_fr: z.string().nullable(),
          ballots_outside_parties: z
            .number()
            .int()
            .openapi({ description: "Ballots of independents and of members whose party is unknown: there is no party line to measure them against." }),
        }),
      )
      .openapi({ description: "The session's divisions, in order." }),
    parties: z
      .array(
        z.object({
          party: z.string(),
          label_en: z.string(),
          label_fr: z.string(),
          divisions: z.number().int().openapi({ description: "Divisions in which the party's members voted." }),
          mean_cohesion: z.number().min(0).max(1).nullable().openapi({ description: "The mean of the party's `cohesion` over those divisions." }),
        }),
      )
      .openapi({ description: "Parties by members voting over the session, most first." }),
    rows: z.array(CohesionRowSchema).openapi({ description: "One row per division and party, in division order." }),
  })
  .openapi("ChartPartyCohesionData");

type Row = z.infer<typeof CohesionRowSchema>;

export const partyCohesion = defineKind({
  kind: "party-cohesion",
  summary: "How united each party voted, division by division",
  description:
    "For every division of a session, the share of each party's voting members who voted with the majority of their party " +
    "(`with_majority / voting`). Paired members did not vote and are left out; so are independents and members whose party is unknown, " +
    "who have no party line (each division counts them in `ballots_outside_parties`).",
  params: { session: SessionParam },
  dataSchema: DataSchema,
  columns: ["division", "date", "party", "label_en", "label_fr", "yea", "nay", "paired", "voting", "with_majority", "cohesion"],

  async load(env, { session: code }) {
    const db = civicDb(env.CIVIC);
    const session = await requireSession(db, code);
    const [list, counts] = await Promise.all([
      db
        .select({
          id: divisions.id,
          number: divisions.number,
          date: divisions.date,
          description_en: divisions.descriptionEn,
          description_fr: divisions.descriptionFr,
        })
        .from(divisions)
        .where(eq(divisions.sessionCode, code))
        .orderBy(asc(divisions.number)),
      db
        .select({
          division: ballots.divisionId,
          slug: parties.slug,
          short_name_en: parties.shortNameEn,
          short_name_fr: parties.shortNameFr,
          yea: sql<number>`sum(${ballots.ballot} = 'yea')`,
          nay: sql<number>`sum(${ballots.ballot} = 'nay')`,
          paired: sql<number>`sum(${ballots.ballot} = 'paired')`,
        })
        .from(ballots)
        .innerJoin(divisions, eq(divisions.id, ballots.divisionId))
        .leftJoin(parties, eq(parties.id, ballots.partyId))
        .where(eq(divisions.sessionCode, code))
        .groupBy(ballots.divisionId, ballots.partyId),
    ]);

    const outside = new Map<number, number>();
    const byDivision = new Map<number, typeof counts>();
    for (const c of counts) {
      if (c.slug === null || NO_PARTY_LINE.has(c.slug)) {
        outside.set(c.division, (outside.get(c.division) ?? 0) + c.yea + c.nay + c.paired);
        continue;
      }
      byDivision.set(c.division, [...(byDivision.get(c.division) ?? []), c]);
    }

    const rows: Row[] = [];
    const summary = new Map<string, { party: string; label_en: string; label_fr: string; voting: number; cohesions: number[] }>();
    for (const division of list) {
      const partyCounts = (byDivision.get(division.id) ?? []).sort((a, b) => a.slug!.localeCompare(b.slug!));
      for (const c of partyCounts) {
        const party = c.slug!;
        const label_en = c.short_name_en ?? party;
        const label_fr = c.short_name_fr ?? label_en;
        const voting = c.yea + c.nay;
        const withMajority = Math.max(c.yea, c.nay);
        const cohesion = voting > 0 ? withMajority / voting : null;
        rows.push({
          division: division.number,
          date: division.date,
          party,
          label_en,
          label_fr,
          yea: c.yea,
          nay: c.nay,
          paired: c.paired,
          voting,
          with_majority: withMajority,
          cohesion,
        });
        const s = summary.get(party) ?? summary.set(party, { party, label_en, label_fr, voting: 0, cohesions: [] }).get(party)!;
        s.voting += voting;
        if (cohesion !== null) s.cohesions.push(cohesion);
      }
    }
    const partyList = [...summary.values()]
      .sort((a, b) => b.voting - a.voting || a.party.localeCompare(b.party))
      .map(({ party, label_en, label_fr, cohesions }) => ({
        party,
        label_en,
        label_fr,
        divisions: cohesions.length,
        mean_cohesion: cohesions.length > 0 ? cohesions.reduce((sum, x) => sum + x, 0) / cohesions.length : null,
      }));
    return {
      session,
      divisions: list.map(({ id, ...d }) => ({ ...d, ballots_outside_parties: outside.get(id) ?? 0 })),
      parties: partyList,
      rows,
    };
  },

  title: ({ session }) =>
    bilingual(`Party cohesion in divisions, ${sessionName(session, "en")}`, `Cohésion des partis lors des votes, ${sessionName(session, "fr")}`),

  chart(data, lang, title) {
    const cohesion = new Map(data.rows.map((row) => [`${row.division}/${row.party}`, row.cohesion]));
    return chartConfig({
      type: "line",
      title,
      subtitle:
        lang === "fr"
          ? "Part des députés de chaque parti qui ont voté comme la majorité de leur parti"
          : "Share of each party's members who voted as most of their party did",
      labels: data.divisions.map((d) => (lang === "fr" ? `Vote n° ${d.number} (${d.date})` : `Division ${d.number} (${d.date})`)),
      datasets: data.parties.map((party, i) =>
        lineDataset(
          labelIn(party, lang),
          data.divisions.map((d) => cohesion.get(`${d.number}/${party.party}`) ?? null),
          partyColor(party.party, i),
        ),
      ),
      x: { title: lang === "fr" ? "Vote" : "Division" },
      y: { title: lang === "fr" ? "Cohésion" : "Cohesion", min: 0, max: 1 },
    });
  },

  filename: ({ session }) => `party-cohesion-${session}`,
});
