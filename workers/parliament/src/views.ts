import type { parties, ridings } from "#shared/db/civic";
import { localize, type Lang } from "#shared/http/lang";
import type { MemberRef, PartyRef, RidingRef } from "./refs";

/**
 * Select shapes and views for the refs in refs.ts. Drizzle nests these objects and makes one
 * null when a left join found no row, so a member without a party gets `party: null`.
 */

export const partyRefColumns = (t: typeof parties) => ({
  slug: t.slug,
  name_en: t.nameEn,
  name_fr: t.nameFr,
  short_name_en: t.shortNameEn,
  short_name_fr: t.shortNameFr,
});

export const ridingRefColumns = (t: typeof ridings) => ({
  edid: t.edid,
  slug: t.slug,
  name_en: t.nameEn,
  name_fr: t.nameFr,
  province: t.province,
});

export const partyView = (party: PartyRef | null, lang: Lang | undefined): PartyRef | null => party && localize(party, lang, ["name", "short_name"]);

export const ridingView = (riding: RidingRef | null, lang: Lang | undefined): RidingRef | null => riding && localize(riding, lang, ["name"]);

/** A member ref from the flat columns of a left join: null when the join found no member. */
export function memberView(row: { member_id: number | null; member_slug: string | null; member_name: string | null }): MemberRef | null {
  return row.member_slug === null ? null : { id: row.member_id, slug: row.member_slug, name: row.member_name ?? "" };
}
