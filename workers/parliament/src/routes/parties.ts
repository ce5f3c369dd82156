import { createRoute, z } from "@hono/zod-openapi";
import { count } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { parties } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { ok, problems } from "#shared/http/responses";

const PartySchema = z
  .object({
    slug: z.string().openapi({ example: "liberal" }),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    short_name_en: z.string(),
    short_name_fr: z.string().nullable(),
    abbreviation_en: z.string().nullable().openapi({ description: "As the Hansard prints it after a speaker's riding (`Lib.`, `CPC`)." }),
    abbreviation_fr: z.string().nullable(),
    name: z.string().nullable().optional(),
    short_name: z.string().nullable().optional(),
    abbreviation: z.string().nullable().optional(),
  })
  .openapi("Party");

/** Slugs are unique and never change, so they alone order the list. */
const ORDER: SortKey[] = [{ expr: parties.slug, dir: "asc" }];

const list = createRoute({
  method: "get",
  path: "/api/v1/parties",
  tags: ["parliament"],
  summary: "Federal parties",
  description: "Every federal party, past and present, by slug, with names and short names in English and French.",
  request: { query: PageQuery.extend(LangQuery.shape) },
  responses: { ...ok(pageOf(PartySchema).openapi("PartyPage"), "A page of parties."), ...problems(400) },
});

export function registerParties(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const [[totals], rows] = await Promise.all([
      db.select({ total: count() }).from(parties),
      db
        .select({
          slug: parties.slug,
          name_en: parties.nameEn,
          name_fr: parties.nameFr,
          short_name_en: parties.shortNameEn,
          short_name_fr: parties.shortNameFr,
          abbreviation_en: parties.abbreviationEn,
          abbreviation_fr: parties.abbreviationFr,
        })
        .from(parties)
        .where(after(ORDER, cursor))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (p) => [p.slug],
      (p) => localize(p, language, ["name", "short_name", "abbreviation"]),
    );
    return c.json(page, 200);
  });
}
