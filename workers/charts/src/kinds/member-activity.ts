import { z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { ballots, divisions, members, statements } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { findMemberPk, memberHouseId } from "#shared/civic/members-sql";
import { barDataset, chartConfig } from "../chart-config";
import { defineKind, MissingSubject } from "../kind";
import { bilingual } from "../labels";
import { monthlySeries } from "../months";
import { MemberParam } from "../params";

const MonthSchema = z
  .object({
    month: z.string().openapi({ description: "`YYYY-MM`.", example: "2014-05" }),
    statements: z.number().int().openapi({ description: "Statements the member made that month, in the House and in committee." }),
    ballots: z.number().int().openapi({ description: "Divisions the member voted in (or was paired for) that month." }),
  })
  .openapi("ChartMemberMonth");

const DataSchema = z
  .object({
    member: z
      .object({
        id: z.number().int().nullable().openapi({ description: "House of Commons person id; null for members known only by slug.", example: 278625 }),
        slug: z.string(),
        name: z.string(),
      })
      .openapi("ChartMember"),
    rows: z.array(MonthSchema).openapi({ description: "Every month from the member's first recorded activity to the last, quiet months as zeros." }),
    totals: z.object({ statements: z.number().int(), ballots: z.number().int() }),
  })
  .openapi("ChartMemberActivityData");

/** Months as `YYYY-MM`, from ISO dates only, so a malformed date cannot stretch the series. */
const month = (date: typeof statements.date | typeof divisions.date) => sql<string>`substr(${date}, 1, 7)`;
const isIsoDate = (date: typeof statements.date | typeof divisions.date) => sql`${date} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;

export const memberActivity = defineKind({
  kind: "member-activity",
  summary: "A member's statements and votes per month",
  description:
    "How many statements a member made (House and committee, as `/members/{id}/statements` lists them) and in how many divisions they " +
    "voted (as `/members/{id}/votes` lists them), month by month.",
  params: { member: MemberParam },
  dataSchema: DataSchema,
  columns: ["month", "statements", "ballots"],

  async load(env, { member: id }) {
    const db = civicDb(env.CIVIC);
    const pk = await findMemberPk(db, id);
    if (pk === undefined) throw new MissingSubject("member", `No member with id ${id}.`);
    const [[member], said, voted] = await Promise.all([
      db.select({ id: memberHouseId, slug: members.slug, name: members.name }).from(members).where(eq(members.id, pk)),
      db
        .select({ month: month(statements.date), n: sql<number>`count(*)` })
        .from(statements)
        .where(sql`${statements.memberId} = ${pk} and ${isIsoDate(statements.date)}`)
        .groupBy(month(statements.date)),
      db
        .select({ month: month(divisions.date), n: sql<number>`count(*)` })
        .from(ballots)
        .innerJoin(divisions, eq(divisions.id, ballots.divisionId))
        .where(sql`${ballots.memberId} = ${pk} and ${isIsoDate(divisions.date)}`)
        .groupBy(month(divisions.date)),
    ]);
    const counts = new Map<string, { statements: number; ballots: number }>();
    const at = (m: string) => counts.get(m) ?? counts.set(m, { statements: 0, ballots: 0 }).get(m)!;
    for (const s of said) at(s.month).statements = s.n;
    for (const v of voted) at(v.month).ballots = v.n;
    const rows = monthlySeries(counts, ["statements", "ballots"] as const);
    const totals = rows.reduce((sum, r) => ({ statements: sum.statements + r.statements, ballots: sum.ballots + r.ballots }), {
      statements: 0,
      ballots: 0,
    });
    return { member: member!, rows, totals };
  },

  title: ({ member }) => bilingual(`${member.name}: statements and votes per month`, `${member.name} : interventions et votes par mois`),

  chart(data, lang, title) {
    return chartConfig({
      type: "bar",
      title,
      labels: data.rows.map((row) => row.month),
      datasets: [
        barDataset(
          lang === "fr" ? "Interventions" : "Statements",
          data.rows.map((row) => row.statements),
          "#1e88e5",
        ),
        barDataset(
          "Votes",
          data.rows.map((row) => row.ballots),
          "#fb8c00",
        ),
      ],
      x: { title: lang === "fr" ? "Mois" : "Month" },
      y: { title: lang === "fr" ? "Nombre" : "Count", integer: true },
    });
  },

  filename: ({ member }) => `member-activity-${member.toLowerCase()}`,
});
