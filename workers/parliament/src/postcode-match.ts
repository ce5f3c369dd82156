import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import type { CivicDb } from "#shared/db/index";
import { members, memberTerms, parties, ridings } from "#shared/db/civic";
import { currentTerm, isCurrentTermOfMember, memberHouseId } from "#shared/civic/members-sql";
import type { RepresentBoundary, RepresentPostcode, RepresentRepresentative } from "./represent";
import { partyRefColumns } from "./views";

/**
 * Links a Represent postcode answer to our data: the federal riding and the member who holds it.
 *
 * Riding: the federal electoral district Represent places the code in, by its `external_id`
 * (the Elections Canada number, our `edid`; the current riding preferred, as `/ridings/{edid}`
 * does), else by its name against current ridings' English and French names, compared without
 * accents, case or dash style (`Lac-Essai--Montréal-Nord` = `Lac-Essai—Montréal-Nord`).
 *
 * Member: among members with a term in that riding, the one whose name matches Represent's MP
 * (`riding_and_name`); else whoever holds the riding's open term (`riding`): the riding comes from
 * geography and is the firmer fact, names vary (Sam / Samuel); else, with no riding, the one
 * member whose name matches Represent's MP (`name`).
 */

export type MemberMatch = "riding_and_name" | "riding" | "name";

/** Lower-case, accents off, every dash run (—, –, --) one hyphen, other punctuation a space. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s*(?:[\u2010-\u2015]|-)+\s*/g, "-")
    .replace(/[^a-z0-9-]+/g, " ")
    .trim();
}

const FEDERAL_SET = /^\/boundary-sets\/federal-electoral-districts(-\d{4})?\/?$/;

/** Federal district boundaries, the current set before dated ones (`…-2013`). */
export function federalDistricts(boundaries: RepresentBoundary[]): RepresentBoundary[] {
  const federal = boundaries.filter((b) => FEDERAL_SET.test(b.related?.boundary_set_url ?? "") || /^federal electoral district/i.test(b.boundary_set_name));
  const dated = (b: RepresentBoundary) => /-\d{4}\/?$/.test(b.related?.boundary_set_url ?? "") || /\(\d{4}\)/.test(b.boundary_set_name);
  return [...federal.filter((b) => !dated(b)), ...federal.filter(dated)];
}

export const isMp = (r: RepresentRepresentative) => r.elected_office === "MP" || r.representative_set_name === "House of Commons";

const ridingColumns = {
  id: ridings.id,
  edid: ridings.edid,
  slug: ridings.slug,
  name_en: ridings.nameEn,
  name_fr: ridings.nameFr,
  province: ridings.province,
  representation_order: ridings.representationOrder,
  current: ridings.current,
};
async function findRiding(db: CivicDb, answer: RepresentPostcode, mp: RepresentRepresentative | undefined) {
  const districts = federalDistricts(answer.boundaries_centroid.length ? answer.boundaries_centroid : answer.boundaries_concordance);
  for (const district of districts) {
    if (!district.external_id || !/^\d{5}$/.test(district.external_id)) continue;
    const [riding] = await db
      .select(ridingColumns)
      .from(ridings)
      .where(eq(ridings.edid, Number(district.external_id)))
      .orderBy(desc(ridings.current), sql`${ridings.representationOrder} is null`, desc(ridings.representationOrder), desc(ridings.id))
      .limit(1);
    if (riding) return riding;
  }
  const names = new Set([...districts.map((d) => d.name), ...(mp?.district_name ? [mp.district_name] : [])].map(normaliseName));
  if (names.size === 0) return undefined;
  const province = answer.province?.toUpperCase();
  const candidates = await db
    .select(ridingColumns)
    .from(ridings)
    .where(and(eq(ridings.current, true), province ? sql`${ridings.province} = ${province}` : undefined));
  return candidates.find((r) => names.has(normaliseName(r.name_en)) || (r.name_fr !== null && names.has(normaliseName(r.name_fr))));
}

const memberColumns = {
  pk: members.id,
  id: memberHouseId,
  slug: members.slug,
  name: members.name,
  name_given: members.nameGiven,
  name_family: members.nameFamily,
  party: partyRefColumns(parties),
};

export async function linkPostcode(db: CivicDb, answer: RepresentPostcode) {
  const reps = answer.representatives_centroid.length ? answer.representatives_centroid : answer.representatives_concordance;
  const mp = reps.find(isMp);
  const riding = await findRiding(db, answer, mp);
  const mpName = mp ? normaliseName(mp.name) : undefined;
  const sameName = (m: { name: string; name_given: string | null; name_family: string | null }) =>
    mpName !== undefined &&
    (normaliseName(m.name) === mpName || (m.name_given !== null && m.name_family !== null && normaliseName(`${m.name_given} ${m.name_family}`) === mpName));

  if (riding) {
    // Holders of the riding, the open term first; party as of each member's current term.
    const holders = await db
      .select({ ...memberColumns, open: isNull(memberTerms.endDate) })
      .from(memberTerms)
      .innerJoin(members, eq(members.id, memberTerms.memberId))
      .leftJoin(currentTerm, isCurrentTermOfMember)
      .leftJoin(parties, eq(parties.id, currentTerm.partyId))
      .where(eq(memberTerms.ridingId, riding.id))
      .orderBy(sql`${memberTerms.endDate} is null desc`, desc(memberTerms.startDate));
    const named = holders.find(sameName);
    if (named) return { riding, member: named, match: "riding_and_name" as MemberMatch, mp };
    const sitting = holders.find((h) => Boolean(h.open));
    if (sitting) return { riding, member: sitting, match: "riding" as MemberMatch, mp };
  }
  if (mp) {
    const family = mp.last_name ?? mp.name.split(" ").at(-1) ?? mp.name;
    const namesakes = await db
      .select(memberColumns)
      .from(members)
      .leftJoin(currentTerm, isCurrentTermOfMember)
      .leftJoin(parties, eq(parties.id, currentTerm.partyId))
      .where(or(sql`lower(${members.name}) = lower(${mp.name})`, sql`lower(${members.nameFamily}) = lower(${family})`))
      .limit(50);
    const matches = namesakes.filter(sameName);
    // Two members of one name cannot be told apart by name alone: better none than the wrong one.
    if (matches.length === 1) return { riding: riding ?? null, member: matches[0]!, match: "name" as MemberMatch, mp };
  }
  return { riding: riding ?? null, member: null, match: null, mp };
}
