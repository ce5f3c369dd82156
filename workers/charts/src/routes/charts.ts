import { createRoute, z } from "@hono/zod-openapi";
import { ProblemError } from "#shared/http/problem";
import { ok, problems } from "#shared/http/responses";
import type { ChartsApp } from "../context";
import { attachment, CSV_CONTENT_TYPE, toCsv } from "../csv";
import type { ChartKind } from "../kind";
import { KIND_NAMES, KINDS } from "../kinds/index";
import { ChartLangQuery, chartData, chartResponseSchema, renderChart, reportCache } from "../render";

/** `vote-by-party` → `VoteByParty`, for the names of the OpenAPI schemas. */
const pascal = (kind: string) => kind.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());

/**
 * Each kind gets its own pair of routes, `/charts/{kind}` and `/charts/{kind}.csv`, rather than
 * one route with a `kind` parameter: every kind requires different parameters, and this way each
 * is validated and documented exactly.
 */
function registerKind(app: ChartsApp, kind: ChartKind): void {
  const params = z.object(kind.params);
  const json = createRoute({
    method: "get",
    path: `/api/v1/charts/${kind.kind}`,
    tags: ["charts"],
    summary: kind.summary,
    description: `${kind.description} \`chart\` is a ready Chart.js 4 configuration, drawn in the language chosen with \`?lang=\` or \`Accept-Language\`.`,
    request: { query: params.extend(ChartLangQuery.shape) },
    responses: {
      ...ok(chartResponseSchema(kind.kind, kind.dataSchema).openapi(`Chart${pascal(kind.kind)}`), "The chart."),
      ...problems(400, 404),
    },
  });
  const csv = createRoute({
    method: "get",
    path: `/api/v1/charts/${kind.kind}.csv`,
    tags: ["charts"],
    summary: `${kind.summary} (CSV)`,
    description: `The numbers of \`/charts/${kind.kind}\` (its \`data.rows\`) as CSV with a header row: ${kind.columns.map((c) => `\`${c}\``).join(", ")}.`,
    request: { query: params },
    responses: {
      200: {
        description: "The chart's rows, as an attachment.",
        headers: { "content-disposition": { schema: { type: "string" }, description: '`attachment; filename="…"`.' } },
        content: { "text/csv": { schema: z.string() } },
      },
      304: { description: "The body matches the `If-None-Match` ETag the client sent; nothing is served." },
      ...problems(400, 404),
    },
  });

  app.openapi(json, async (c) => {
    const { lang, ...query } = c.req.valid("query") as Record<string, unknown> & { lang?: "en" | "fr" };
    return c.json(await renderChart(c, kind, query, { lang }), 200);
  });

  app.openapi(csv, async (c) => {
    const query = c.req.valid("query") as Record<string, unknown>;
    const { data, hit } = await chartData<{ rows: Parameters<typeof toCsv>[1] }>(c, kind, query);
    reportCache(c, hit);
    c.header("content-disposition", attachment(kind.filename(query)));
    return c.body(toCsv(kind.columns, data.rows), 200, { "content-type": CSV_CONTENT_TYPE });
  });
}

export function registerCharts(app: ChartsApp): void {
  for (const kind of KINDS) registerKind(app, kind);

  // Left out of the OpenAPI document: it only turns a mistyped kind into a problem naming the kinds.
  app.get("/api/v1/charts/:kind", (c) => {
    throw new ProblemError(404, `No chart kind ${JSON.stringify(c.req.param("kind"))}; the kinds are ${KIND_NAMES.join(", ")}.`);
  });
}
