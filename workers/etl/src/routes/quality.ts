import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { problems } from "#shared/http/responses";
import { DATASETS, completeness } from "../completeness";

const Candidate = z.object({
  member: z.string().openapi({ description: "The candidate member's slug (`/members/{slug}`).", example: "erin-otoole" }),
  name: z.string(),
  detail: z.string().openapi({ description: "Why they are a candidate: their roster terms." }),
});

const Unknown = z
  .object({
    check: z.string().openapi({ example: "ballots_without_party" }),
    count: z.number().int().openapi({ description: "How many records are still unknown in this way." }),
    items: z.array(
      z.object({
        subject: z.string().openapi({ example: "44-1/333 O'Toole" }),
        detail: z.string().openapi({ description: "Why the value is unknown." }),
        candidates: z.array(Candidate).openapi({ description: "For an identity not settled: every member it could be. Nothing is guessed." }),
      }),
    ),
  })
  .openapi("EtlUnknownList");

const Dataset = z
  .object({
    dataset: z.enum(DATASETS),
    records: z.number().int(),
    fields: z.array(z.object({ field: z.string(), filled: z.number().int().openapi({ description: "Records with this field stated." }) })),
    unknown: z.array(Unknown),
  })
  .openapi("EtlDatasetCompleteness");

const route = createRoute({
  method: "get",
  path: "/api/v1/etl/quality",
  tags: ["etl"],
  summary: "Per dataset: how many records have each field filled, and every record still unknown, with why",
  request: {
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(0)
        .max(1000)
        .default(100)
        .openapi({ description: "Items listed per kind of unknown (the count is always the full count)." }),
    }),
  },
  responses: {
    200: { description: "Completeness of each dataset.", content: { "application/json": { schema: z.object({ data: z.array(Dataset) }) } } },
    ...problems(400),
  },
});

export function registerQuality(app: OpenAPIHono<{ Bindings: Env }>): void {
  app.openapi(route, async (c) => {
    const data = await completeness(c.env.CIVIC, c.req.valid("query").limit);
    c.header("cache-control", "public, max-age=60");
    return c.json({ data }, 200);
  });
}
