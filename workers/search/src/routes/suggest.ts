import { createRoute, z } from "@hono/zod-openapi";
import { LANGS, negotiateLang } from "#shared/http/lang";
import { ok, problems } from "#shared/http/responses";
import type { SearchApp } from "../context";
import { suggest, SuggestionSchema } from "../suggest";
import { nearestReplica } from "#shared/db/index";

const route = createRoute({
  method: "get",
  path: "/api/v1/search/suggest",
  tags: ["search"],
  summary: "Search suggestions",
  description:
    "Completions for what has been typed so far, the last word taken as a prefix (accents ignored): members (most recently " +
    "seated first), bills (closest match, newest session first) and topics (subjects of business, most discussed first), " +
    "up to `limit` of each. `lang` keeps topics in that language.",
  request: {
    query: z.object({
      q: z
        .string()
        .trim()
        .min(1, "must not be empty")
        .max(100, "must be at most 100 characters")
        .openapi({ param: { name: "q", in: "query" }, description: "What has been typed.", example: "carb" }),
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(20)
        .default(5)
        .openapi({ param: { name: "limit", in: "query" }, description: "Suggestions of each kind (1–20).", example: 5 }),
      lang: z
        .enum(LANGS, "must be en or fr")
        .optional()
        .openapi({ param: { name: "lang", in: "query" }, description: "Only topics in this language (else `Accept-Language` picks bill titles' language)." }),
    }),
  },
  responses: {
    ...ok(z.object({ data: z.array(SuggestionSchema) }).openapi("Suggestions"), "Members, then bills, then topics."),
    ...problems(400),
  },
});

export function registerSuggest(app: SearchApp): void {
  app.openapi(route, async (c) => {
    const { q, limit, lang } = c.req.valid("query");
    const display = negotiateLang(c, lang);
    return c.json({ data: await suggest(nearestReplica(c.env.CIVIC), q, limit, display) }, 200);
  });
}
