import { createRoute, z } from "@hono/zod-openapi";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { civicDb } from "#shared/db/index";
import { members, memberTerms, parties, PROVINCES, ridings } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import { PageQuery, pageOf } from "#shared/http/pagination";
import { ProblemError } from "#shared/http/problem";
import type { ParliamentApp } from "../context";
import { after, orderBy, pageOfRows, type SortKey } from "#shared/http/keyset";
import { memberHouseId } from "#shared/civic/members-sql";
import { BooleanQuery, ProvinceQuery, TextQuery } from "../params";
import { ok, problems } from "#shared/http/responses";
import { MemberRefSchema, PartyRefSchema } from "../refs";
import { contains } from "../text";
import { memberView, partyRefColumns, partyView } from "../views";

const RidingSchema = z
  .object({
    edid: z.number().int().nullable().openapi({ description: "Elections Canada district number.", example: 59038 }),
    representation_order: z.number().int().nullable().openapi({ description: "Year of the representation order (2013, 2023).", example: 2023 }),
    slug: z.string(),
    name_en: z.string(),
    name_fr: z.string().nullable(),
    name: z.string().nullable().optional(),
    province: z.enum(PROVINCES),
    current: z.boolean(),
    ocd_id: z.string().nullable().openapi({ example: "ocd-division/country:ca/ed:59038-2023" }),
    valid_from: z.string().nullable(),
    valid_through: z.string().nullable(),
  })
  .openapi("Riding");

const RidingMemberSchema = z
  .object({
    member: MemberRefSchema,
    party: PartyRefSchema.nullable(),
    start_date: z.string(),
    end_date: z.string().nullable(),
  })
  .openapi("RidingMember");

const RidingDetailSchema = RidingSchema.extend({
  member: RidingMemberSchema.nullable().openapi({ description: "Whoever holds the seat now (an open term), if anyone." }),
  members: z.array(RidingMemberSchema).openapi({ description: "Everyone who held this riding, latest first." }),
}).openapi("RidingDetail");

const columns = {
  id: ridings.id,
  edid: ridings.edid,
  representation_order: ridings.representationOrder,
  slug: ridings.slug,
  name_en: ridings.nameEn,
  name_fr: ridings.nameFr,
  province: ridings.province,
  current: ridings.current,
  ocd_id: ridings.ocdId,
  valid_from: ridings.validFrom,
  valid_through: ridings.validThrough,
};

/** By name, then by id: names repeat across representation orders. */
const sortName = sql<string>`lower(${ridings.nameEn})`;
const ORDER: SortKey[] = [
  { expr: sortName, dir: "asc" },
  { expr: ridings.id, dir: "asc" },
];

const list = createRoute({
  method: "get",
  path: "/api/v1/ridings",
  tags: ["parliament"],
  summary: "Federal ridings",
  description:
    "Electoral districts across representation orders, by name. `current=true` keeps the ridings of the order in force; " +
    "`q` matches the English or French name.",
  request: {
    query: PageQuery.extend(LangQuery.shape).extend({
      province: ProvinceQuery,
      current: BooleanQuery("current", "Only ridings of the current representation order (`true`) or only past ones (`false`)."),
      q: TextQuery("Part of the riding's English or French name."),
    }),
  },
  responses: { ...ok(pageOf(RidingSchema).openapi("RidingPage"), "A page of ridings."), ...problems(400) },
});

const detail = createRoute({
  method: "get",
  path: "/api/v1/ridings/{edid}",
  tags: ["parliament"],
  summary: "One riding",
  description:
    "A riding by Elections Canada number. The same number names different ridings in different representation orders; " +
    "this answers the current riding when there is one, else the one of the latest order. `representation_order` picks another.",
  request: {
    params: z.object({
      edid: z.coerce
        .number()
        .int()
        .min(10000)
        .max(99999)
        .openapi({ param: { name: "edid", in: "path" }, example: 59038 }),
    }),
    query: LangQuery.extend({
      representation_order: z.coerce
        .number()
        .int()
        .min(1867)
        .max(2100)
        .optional()
        .openapi({ param: { name: "representation_order", in: "query" }, example: 2013 }),
    }),
  },
  responses: { ...ok(RidingDetailSchema, "The riding and its members."), ...problems(400, 404) },
});

export function registerRidings(app: ParliamentApp): void {
  app.openapi(list, async (c) => {
    const { limit, cursor, lang, province, current, q } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const filters: (SQL | undefined)[] = [
      province ? eq(ridings.province, province) : undefined,
      current === undefined ? undefined : eq(ridings.current, current),
      q ? or(contains(ridings.nameEn, q), contains(ridings.nameFr, q)) : undefined,
    ];
    const [[totals], rows] = await Promise.all([
      db
        .select({ total: count() })
        .from(ridings)
        .where(and(...filters)),
      db
        .select({ ...columns, sort_name: sortName })
        .from(ridings)
        .where(and(...filters, after(ORDER, cursor)))
        .orderBy(...orderBy(ORDER))
        .limit(limit + 1),
    ]);
    const page = pageOfRows(
      rows,
      limit,
      totals?.total ?? 0,
      (r) => [r.sort_name, r.id],
      ({ id, sort_name, ...r }) => localize(r, language, ["name"]),
    );
    return c.json(page, 200);
  });

  app.openapi(detail, async (c) => {
    const { edid } = c.req.valid("param");
    const { lang, representation_order } = c.req.valid("query");
    const language = negotiateLang(c, lang);
    const db = civicDb(c.env.CIVIC);
    const [riding] = await db
      .select(columns)
      .from(ridings)
      .where(and(eq(ridings.edid, edid), representation_order ? eq(ridings.representationOrder, representation_order) : undefined))
      // The current riding first, then the latest order (nulls last: an unknown order is the oldest guess).
      .orderBy(desc(ridings.current), sql`${ridings.representationOrder} is null`, desc(ridings.representationOrder), desc(ridings.id))
      .limit(1);
    if (!riding) {
      const order = representation_order ? ` in the ${representation_order} representation order` : "";
      throw new ProblemError(404, `No riding with edid ${edid}${order}.`);
    }
    const terms = await db
      .select({
        member_id: memberHouseId,
        member_slug: members.slug,
        member_name: members.name,
        party: partyRefColumns(parties),
        start_date: memberTerms.startDate,
        end_date: memberTerms.endDate,
      })
      .from(memberTerms)
      .innerJoin(members, eq(members.id, memberTerms.memberId))
      .leftJoin(parties, eq(parties.id, memberTerms.partyId))
      .where(eq(memberTerms.ridingId, riding.id))
      .orderBy(desc(memberTerms.startDate), desc(memberTerms.id));
    const held = terms.map((t) => ({
      member: memberView(t)!,
      party: partyView(t.party, language),
      start_date: t.start_date,
      end_date: t.end_date,
    }));
    const { id, ...view } = riding;
    return c.json({ ...localize(view, language, ["name"]), member: held.find((t) => t.end_date === null) ?? null, members: held }, 200);
  });
}
