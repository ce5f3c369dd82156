import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, eq, or, sql } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { JURISDICTION_LEVELS, jurisdictions, PROVINCES, representativeOffices, representatives } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang, type Lang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import { qualified } from "#shared/db/columns";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { ProvinceQuery, Slug, TextQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { contains } from "../text";

const OfficeSchema = z
  .object({
    type: z.string().nullable().openapi({ description: "The publisher's label, e.g. `constituency`, `legislature`." }),
    tel: z.string().nullable(),
    fax: z.string().nullable(),
    postal: z.string().nullable(),
  })
  .openapi("RepresentativeOffice");

const JurisdictionSchema = z
  .object({
    slug: z.string().openapi({ example: "ca_on_toronto" }),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    name: z.string().nullable().optional(),
    level: z.enum(JURISDICTION_LEVELS),
    province: z.enum(PROVINCES),
  })
  .openapi("Jurisdiction");

const RepresentativeSchema = z
  .object({
    jurisdiction: JurisdictionSchema,
    slug: z.string().openapi({ example: "john-tory" }),
    name: z.string(),
    elected_office: z.string().openapi({ example: "Councillor" }),
    district_name: z.string().nullable(),
    district_id: z.string().nullable(),
    party_name: z.string().nullable(),
    email: z.string().nullable(),
    url: z.string().nullable(),
    photo_url: z.string().nullable(),
    offices: z.array(OfficeSchema),
    href: z.string().openapi({ example: "/api/v1/representatives/ca_on_toronto/john-tory" }),
  })
  .openapi("Representative");

const RepresentativeDetailSchema = RepresentativeSchema.extend({
  personal_url: z.string().nullable(),
  source_url: z.string().nullable(),
  extra: z.record(z.string(), z.unknown()).nullable().openapi({ description: "Represent's `extra` links, keyed by the publisher's labels." }),
}).openapi("RepresentativeDetail");

/** Offices in source order, as one JSON column so a page needs one query. */
const offices = sql<string>`(select json_group_array(json_object('type', o.type, 'tel', o.tel, 'fax', o.fax, 'postal', o.postal))
  from (select * from ${representativeOffices} o where o.representative_id = ${qualified(representatives.id)} order by o.position) o)`;

const columns = {
  id: representatives.id,
  jurisdiction: {
    slug: jurisdictions.slug,
    name_en: jurisdictions.nameEn,
    name_fr: jurisdictions.nameFr,
    level: jurisdictions.level,
    province: jurisdictions.province,
  },
  slug: representatives.slug,
  name: representatives.name,
  elected_office: representatives.electedOffice,
  district_name: representatives.districtName,
  district_id: representatives.districtId,
  party_name: representatives.partyName,
  email: representatives.email,
  url: representatives.url,
  photo_url: representatives.photoUrl,
  offices,
};

const sortName = sql<string>`lower(${representatives.name})`;
const ORDER: SortKey[] = [
  { expr: jurisdictions.slug, dir: "asc" },
  { expr: sortName, dir: "asc" },
  { expr: representatives.id, dir: "asc" },
];

const list = createRoute({
  method: "get",
  path: "/api/v1/representatives",
  tags: ["parliament"],
  summary: "Provincial and municipal representatives",
  description:
    "Elected provincial and municipal representatives as Open North's Represent publishes them, with their offices, by " +
    "jurisdiction then name. `office` and `district` match whole values, ignoring case (`district` matches the district's " +
    "name or id); `q` matches part of the name.",
  request: {
    query: PageQuery.extend(LangQuery.shape).extend({
      jurisdiction: Slug.optional().openapi({ param: { name: "jurisdiction", in: "query" }, description: "Jurisdiction slug.", example: "ca_on_toronto" }),
      level: z
        .enum(JURISDICTION_LEVELS)
        .optional()
        .openapi({ param: { name: "level", in: "query" } }),
      province: ProvinceQuery,
      office: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .optional()
        .openapi({ param: { name: "office", in: "query" }, example: "Councillor" }),
      district: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .optional()
        .openapi({ param: { name: "district", in: "query" }, example: "Ward 42 Scarborough-Rouge River" }),
      q: TextQuery("Part of the representative's name."),
    }),
  },
  responses: { ...ok(pageOf(RepresentativeSchema).openapi("RepresentativePage"), "A page of representatives."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/representatives/{jurisdiction}/{slug}",
  tags: ["parliament"],
  summary: "One representative",
  description: "A representative by jurisdiction slug and name slug (the first seat, should one person hold two).",
  request: {
    params: z.object({
      jurisdiction: Slug.openapi({ param: { name: "jurisdiction", in: "path" }, example: "ca_on_toronto" }),
      slug: Slug.openapi({ param: { name: "slug", in: "path" }, example: "john-tory" }),
    }),
    query: LangQuery,
  },
  responses: { ...ok(RepresentativeDetailSchema, "The representative."), ...problems(400, 404) },
});

export function registerRepresentatives(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, jurisdiction, level, province, office, district, q } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const filters = [
      jurisdiction ? eq(jurisdictions.slug, jurisdiction) : undefined,
      level ? eq(jurisdictions.level, level) : undefined,
      province ? eq(jurisdictions.province, province) : undefined,
      office ? sql`lower(${representatives.electedOffice}) = lower(${office})` : undefined,
      district
        ? or(sql`lower(${representatives.districtName}) = lower(${district})`, sql`lower(${representatives.districtId}) = lower(${district})`)
        : undefined,
      q ? contains(representatives.name, q) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(representatives)
        .innerJoin(jurisdictions, eq(jurisdictions.id, representatives.jurisdictionId))
        .where(and(...filters)),
      db
        .select({ ...columns, sort_name: sortName })
        .from(representatives)
        .innerJoin(jurisdictions, eq(jurisdictions.id, representatives.jurisdictionId))
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (r) => [r.jurisdiction.slug, r.sort_name, r.id],
      ({ sort_name, ...r }) => representativeView(r, language),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { jurisdiction, slug } = c.req.valid("param");
    const language = negotiateLang(c, c.req.valid("query").lang);
    const db = civicDb(c.env.CIVIC);
    const [row] = await db
      .select({ ...columns, personal_url: representatives.personalUrl, source_url: representatives.sourceUrl, extra: representatives.extra })
      .from(representatives)
      .innerJoin(jurisdictions, eq(jurisdictions.id, representatives.jurisdictionId))
      .where(and(eq(jurisdictions.slug, jurisdiction), eq(representatives.slug, slug)))
      .orderBy(asc(representatives.districtId), asc(representatives.id))
      .limit(1);
    if (!row) throw new ProblemError(404, `No representative ${slug} in jurisdiction ${jurisdiction}.`);
    return c.json({ ...representativeView(row, language), personal_url: row.personal_url, source_url: row.source_url, extra: row.extra ?? null }, 200);
  });
}

function representativeView<R extends { id: number; jurisdiction: z.infer<typeof JurisdictionSchema>; slug: string; district_id: string; offices: string }>(
  { id, offices, ...r }: R,
  lang: Lang | undefined,
) {
  return {
    ...r,
    jurisdiction: localize(r.jurisdiction, lang, ["name"]),
    // Represent leaves `district_id` out for at-large seats; the loader stores '' so uniqueness holds.
    district_id: r.district_id === "" ? null : r.district_id,
    offices: JSON.parse(offices) as z.infer<typeof OfficeSchema>[],
    href: `/api/v1/representatives/${r.jurisdiction.slug}/${r.slug}`,
  };
}
