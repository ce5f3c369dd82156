import { createRoute, z } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { requireCaller } from "#shared/auth/caller";
import { PROBLEM_CONTENT_TYPE, ProblemError } from "#shared/http/problem";
import { ok, problems, ProblemSchema } from "#shared/http/responses";
import { ChartConfigSchema } from "../chart-config";
import type { ChartsApp } from "../context";
import { MissingSubject, type ChartKind } from "../kind";
import { KIND_BY_NAME, KIND_NAMES, KINDS } from "../kinds/index";
import { BilingualSchema } from "../labels";
import { ChartLangQuery, chartData, renderChart } from "../render";
import {
  CHART_ID,
  insertSavedChart,
  newChartId,
  readSavedChart,
  savedChartUrl,
  SavedChartDefinitionSchema,
  splitDefinition,
  type SavedChartDefinition,
} from "../saved";

const CreatedSchema = z
  .object({
    id: z.string().openapi({ example: "q3VhZr0kTQm-Xw1L" }),
    url: z.string().openapi({ description: "Where the chart is shown, under the API's base.", example: "/api/v1/charts/s/q3VhZr0kTQm-Xw1L" }),
  })
  .openapi("SavedChartCreated");

const SavedChartSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    created_at: z.string(),
    definition: SavedChartDefinitionSchema,
    kind: z.enum(KIND_NAMES),
    title: BilingualSchema,
    data: z.union(KINDS.map((k) => k.dataSchema)).openapi({
      description: "The kind's data, as `/charts/{kind}` answers it, from current data.",
    }),
    chart: ChartConfigSchema,
  })
  .openapi("SavedChart");

/**
 * The gateway admits only signed-in callers to POST; checked again here so a routing mistake
 * cannot open it, and before the body is read, so an anonymous caller learns nothing but 401.
 */
const signedIn = createMiddleware(async (c, next) => {
  requireCaller(c);
  await next();
});

const create = createRoute({
  method: "post",
  path: "/api/v1/charts",
  middleware: [signedIn] as const,
  tags: ["charts"],
  summary: "Save a chart to share",
  description:
    "Saves a chart kind with its parameters (those its `/charts/{kind}` route takes) and answers the id and link that show it. " +
    "The chart is checked first: a session, division or member that does not exist is a 422 naming the field. Needs a signed-in caller.",
  request: { body: { required: true, content: { "application/json": { schema: SavedChartDefinitionSchema } } } },
  responses: {
    201: { description: "Saved; `Location` is the link too.", content: { "application/json": { schema: CreatedSchema } } },
    ...problems(400, 401, 403),
    422: {
      description: "A parameter names no session, division or member; `errors[]` says which.",
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    },
  },
});

const show = createRoute({
  method: "get",
  path: "/api/v1/charts/s/{id}",
  tags: ["charts"],
  summary: "A saved chart",
  description:
    "The saved definition, and the chart drawn from current data in the saved language (unless `?lang=` asks for another, or " +
    "none was saved and `Accept-Language` picks one), titled with the saved title when there is one.",
  request: {
    params: z.object({
      id: z
        .string()
        .regex(CHART_ID, "must be a saved chart id (16 letters, digits, - and _)")
        .openapi({ param: { name: "id", in: "path" }, example: "q3VhZr0kTQm-Xw1L" }),
    }),
    query: ChartLangQuery,
  },
  responses: { ...ok(SavedChartSchema, "The saved chart, drawn from current data."), ...problems(400, 404) },
});

function kindOf(definition: SavedChartDefinition): ChartKind {
  const kind = KIND_BY_NAME.get(definition.kind);
  if (!kind) throw new ProblemError(404, `This saved chart is of a kind (${definition.kind}) this API no longer draws.`);
  return kind;
}

export function registerSavedCharts(app: ChartsApp): void {
  app.openapi(create, async (c) => {
    const caller = requireCaller(c);
    const definition = c.req.valid("json") as SavedChartDefinition;
    try {
      await chartData(c, kindOf(definition), splitDefinition(definition).params);
    } catch (err) {
      if (!(err instanceof MissingSubject)) throw err;
      throw new ProblemError(422, err.detail, { errors: [{ pointer: `json.${err.param}`, detail: err.detail }] });
    }
    const id = newChartId();
    await insertSavedChart(c.env.PLATFORM, { id, definition, createdBy: caller.userId, apiKeyId: caller.apiKeyId });
    const url = savedChartUrl(id);
    c.header("location", url);
    c.header("cache-control", "no-store");
    return c.json({ id, url }, 201);
  });

  app.openapi(show, async (c) => {
    const { id } = c.req.valid("param");
    const saved = await readSavedChart(c.env.PLATFORM, id);
    if (!saved) throw new ProblemError(404, `No saved chart with id ${id}.`);
    const { lang, title, params } = splitDefinition(saved.definition);
    let chart: Awaited<ReturnType<typeof renderChart>>;
    try {
      chart = await renderChart(c, kindOf(saved.definition), params, { lang: c.req.valid("query").lang ?? lang, title });
    } catch (err) {
      if (!(err instanceof MissingSubject)) throw err;
      throw new ProblemError(404, `Saved chart ${id} can no longer be drawn: ${err.detail}`);
    }
    return c.json({ id, url: savedChartUrl(id), created_at: saved.createdAt, definition: saved.definition, ...chart }, 200);
  });
}
