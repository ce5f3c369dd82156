import { createRoute, z } from "@hono/zod-openapi";
import { civicDb } from "#shared/db/index";
import { PROVINCES } from "#shared/db/civic";
import { LangQuery, localize, negotiateLang } from "#shared/http/lang";
import type { ParliamentApp } from "../context";
import { isMp, linkPostcode } from "../postcode-match";
import { ok, problems } from "#shared/http/responses";
import { MemberRefSchema, PartyRefSchema } from "../refs";
import { lookupPostcode, type RepresentRepresentative } from "../represent";
import { partyView } from "../views";

/**
 * Canada Post's format, `A1A 1A1`: no D, F, I, O, Q or U anywhere (they read as digits), and no
 * W or Z as the first letter. One space or hyphen in the middle is accepted, and either case.
 * Both cases are spelled out rather than flagged `i`, so the pattern the OpenAPI document
 * publishes means the same to every JSON Schema validator.
 */
const POSTAL_CODE = /^[ABCEGHJ-NPRSTVXYabceghj-nprstvxy]\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z][ -]?\d[ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]\d$/;
export const normalisePostalCode = (code: string) => code.replace(/[ -]/g, "").toUpperCase();

const RepresentativeSchema = z
  .object({
    level: z.enum(["federal", "provincial", "municipal"]),
    elected_office: z.string().openapi({ example: "MPP" }),
    name: z.string(),
    district_name: z.string().nullable(),
    representative_set_name: z.string().openapi({ example: "Legislative Assembly of Ontario" }),
    party_name: z.string().nullable(),
    email: z.string().nullable(),
    url: z.string().nullable(),
    photo_url: z.string().nullable(),
    offices: z.array(z.object({ type: z.string().nullable(), tel: z.string().nullable(), fax: z.string().nullable(), postal: z.string().nullable() })),
  })
  .openapi("PostcodeRepresentative");

const PostcodeSchema = z
  .object({
    code: z.string().openapi({ example: "K1A0A6" }),
    city: z.string().nullable(),
    province: z.string().nullable(),
    riding: z
      .object({
        edid: z.number().int().nullable(),
        slug: z.string(),
        name_en: z.string(),
        name_fr: z.string().nullable(),
        name: z.string().nullable().optional(),
        province: z.enum(PROVINCES),
        representation_order: z.number().int().nullable(),
        current: z.boolean(),
        href: z.string(),
      })
      .nullable()
      .openapi({ description: "Our federal riding for the code, when we hold it." }),
    member: MemberRefSchema.extend({ party: PartyRefSchema.nullable(), href: z.string() })
      .nullable()
      .openapi({ description: "Our member for that riding (see `member_match`)." }),
    member_match: z
      .enum(["riding_and_name", "riding", "name"])
      .nullable()
      .openapi({
        description:
          "How the member was linked: `riding_and_name` (holds a term in the riding and has Represent's MP's name), " +
          "`riding` (holds the riding's open term; Represent's MP's name differs or is absent), `name` (no riding; the one member of that name).",
      }),
    federal_representative: RepresentativeSchema.nullable().openapi({ description: "The MP as Represent lists them." }),
    representatives: z.array(RepresentativeSchema).openapi({ description: "Provincial and municipal representatives, as Represent lists them." }),
    boundaries: z.array(z.object({ boundary_set_name: z.string(), name: z.string(), external_id: z.string().nullable() })),
  })
  .openapi("Postcode");

const route = createRoute({
  method: "get",
  path: "/api/v1/postcodes/{code}",
  tags: ["parliament"],
  summary: "Who represents a postal code",
  description:
    "Looks the code up in Open North's Represent (cached for a day) and links the federal riding and MP to our data: the " +
    "riding by Represent's federal district number (`external_id` = `edid`), else by name; the member as `member_match` says. " +
    "Provincial and municipal representatives come as Represent lists them. `k1a 0a6`, `K1A-0A6` and `K1A0A6` are the same code. " +
    "When Represent fails (502, or 504 when it is too slow) often enough, its circuit breaker opens and uncached codes are " +
    "refused at once with 503 and `Retry-After` until it recovers; cached codes are still answered.",
  request: {
    params: z.object({
      code: z
        .string()
        .regex(POSTAL_CODE, "must be a Canadian postal code such as K1A 0A6")
        .openapi({ param: { name: "code", in: "path" }, example: "K1A0A6" }),
    }),
    query: LangQuery,
  },
  responses: { ...ok(PostcodeSchema, "The code's riding, member and representatives."), ...problems(400, 404, 502, 503, 504) },
});

export function registerPostcodes(app: ParliamentApp): void {
  app.openapi(route, async (c) => {
    const code = normalisePostalCode(c.req.valid("param").code);
    const language = negotiateLang(c, c.req.valid("query").lang);
    const { answer, cached } = await lookupPostcode(c.env, code);
    const { riding, member, match, mp } = await linkPostcode(civicDb(c.env.CIVIC), answer);
    c.header("x-represent-cache", cached ? "hit" : "miss");

    const reps = answer.representatives_centroid.length ? answer.representatives_centroid : answer.representatives_concordance;
    const boundaries = answer.boundaries_centroid.length ? answer.boundaries_centroid : answer.boundaries_concordance;
    const others = reps.filter((r) => !isMp(r)).map(representativeView);
    return c.json(
      {
        code,
        city: answer.city,
        province: answer.province,
        riding: riding && {
          ...localize({ edid: riding.edid, slug: riding.slug, name_en: riding.name_en, name_fr: riding.name_fr, province: riding.province }, language, [
            "name",
          ]),
          representation_order: riding.representation_order,
          current: riding.current,
          href: `/api/v1/ridings/${riding.edid}`,
        },
        member: member && {
          id: member.id,
          slug: member.slug,
          name: member.name,
          party: partyView(member.party, language),
          href: `/api/v1/members/${member.id ?? member.slug}`,
        },
        member_match: match,
        federal_representative: mp ? representativeView(mp) : null,
        // Provincial first, then municipal; Represent's order within each.
        representatives: [...others.filter((r) => r.level === "provincial"), ...others.filter((r) => r.level !== "provincial")],
        boundaries: boundaries.map((b) => ({ boundary_set_name: b.boundary_set_name, name: b.name, external_id: b.external_id })),
      },
      200,
    );
  });
}

const PROVINCIAL_OFFICES = new Set(["MLA", "MPP", "MNA", "MHA"]);
const PROVINCIAL_SETS = /legislative assembly|assembl[ée]e (nationale|l[ée]gislative)|house of assembly/i;

function representativeView(r: RepresentRepresentative) {
  const level: "federal" | "provincial" | "municipal" = isMp(r)
    ? "federal"
    : PROVINCIAL_OFFICES.has(r.elected_office.toUpperCase()) || PROVINCIAL_SETS.test(r.representative_set_name)
      ? "provincial"
      : "municipal";
  return {
    level,
    elected_office: r.elected_office,
    name: r.name,
    district_name: r.district_name,
    representative_set_name: r.representative_set_name,
    party_name: r.party_name,
    email: r.email,
    url: r.url,
    photo_url: r.photo_url,
    offices: r.offices.map((o) => ({ type: o.type ?? null, tel: o.tel ?? null, fax: o.fax ?? null, postal: o.postal ?? null })),
  };
}
