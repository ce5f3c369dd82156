import { z } from "@hono/zod-openapi";
import { ftsExpression, parseQuery } from "#shared/search/query";
import { chartConfig, lineDataset } from "../chart-config";
import { defineKind } from "../kind";
import { bilingual } from "../labels";
import { monthlySeries } from "../months";
import { SearchQueryParam } from "../params";
import { clip, fileSlug } from "../text";

const DataSchema = z
  .object({
    q: z.string().openapi({ description: "The query, as given." }),
    rows: z
      .array(z.object({ month: z.string().openapi({ example: "2023-05" }), statements: z.number().int() }).openapi("ChartMentionsMonth"))
      .openapi({ description: "Every month from the first statement that matches to the last, quiet months as zeros." }),
    total: z
      .number()
      .int()
      .openapi({ description: "Every statement that matches, the sum of the rows (`/search` counts at most its window of recent matches)." }),
  })
  .openapi("ChartMentionsOverTimeData");

/**
 * The statement index's rowids are search keys, yyyymmdd × 10^8 + the statement's id
 * (migrations/civic/0002_search_window.sql), so a match's month is its rowid / 10^10, and FTS5
 * counts a query's matches per month from its index alone, reading no table, however broad.
 */
const MATCHES_PER_MONTH = `
  SELECT printf('%04d-%02d', rowid / 10000000000 / 100, rowid / 10000000000 % 100) AS month, count(*) AS statements
  FROM statements_fts
  WHERE statements_fts MATCH ?
  GROUP BY rowid / 10000000000`;

export const mentionsOverTime = defineKind({
  kind: "mentions-over-time",
  summary: "Statements matching a search, per month",
  description:
    "How many statements (House and committee, in either language) match a search query each month. The query reads as in " +
    "`/search`; a month's count is the number of matching statements made that month.",
  params: { q: SearchQueryParam },
  dataSchema: DataSchema,
  columns: ["month", "statements"],

  // The search service's parser reads the query (SearchQueryParam has already refused what it
  // cannot read), so it means here what it means in `/search`, and only the parser's FTS5
  // expression, never the text as typed, reaches MATCH.
  async load(env, { q }) {
    const { results } = await env.CIVIC.prepare(MATCHES_PER_MONTH)
      .bind(ftsExpression(parseQuery(q)))
      .all<{ month: string; statements: number }>();
    const rows = monthlySeries(new Map(results.map((r) => [r.month, { statements: r.statements }])), ["statements"] as const);
    return { q, rows, total: rows.reduce((sum, r) => sum + r.statements, 0) };
  },

  title: ({ q }) => bilingual(`Statements mentioning “${clip(q, 80)}” per month`, `Interventions mentionnant « ${clip(q, 80)} » par mois`),

  chart(data, lang, title) {
    return chartConfig({
      type: "line",
      title,
      labels: data.rows.map((row) => row.month),
      datasets: [
        lineDataset(
          lang === "fr" ? "Interventions" : "Statements",
          data.rows.map((row) => row.statements),
          "#1e88e5",
        ),
      ],
      x: { title: lang === "fr" ? "Mois" : "Month" },
      y: { title: lang === "fr" ? "Interventions" : "Statements", integer: true },
    });
  },

  filename: ({ q }) => ["mentions-over-time", fileSlug(q)].filter(Boolean).join("-"),
});
