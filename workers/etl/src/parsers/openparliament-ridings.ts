import { PROVINCES } from "#shared/db/civic";
import { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, inFileOrder, validate } from "./common";
import { type Province, provinceFromCode } from "./common-provinces";
import { SlugSet, ridingName, slugify } from "./common-text";
import { readFixture } from "./openparliament-fixture";

/** A row for `ridings`, keyed by `openparliamentId`; `ocdId` is the key shared with the OCD lists. */
export interface RidingRecord {
  openparliamentId: number;
  /** Null for the 245 ridings of orders before 2003, which the fixture lists without a number. */
  edid: number | null;
  representationOrder: 2003 | 2013 | null;
  slug: string;
  nameEn: string;
  /** Null where the fixture has `""` (every riding that is no longer current). */
  nameFr: string | null;
  province: Province;
  current: boolean;
  ocdId: string | null;
}

const Riding = z.object({
  pk: z.number().int().positive(),
  fields: z.object({
    name_en: z.string().trim().min(1),
    name_fr: z.string(),
    province: z.enum(PROVINCES),
    slug: z.string(),
    edid: z.number().int().min(10000).max(99999).nullable(),
    current: z.boolean(),
  }),
});

/**
 * openparliament numbers only the ridings of the 2003 and 2013 representation orders, and marks
 * the 2013 ones current (its 338 current edids are exactly the OCD 2013 list; its 118 numbered
 * former ridings are all in the OCD 2003 list). Knowing the order lets these rows meet the OCD
 * divisions on `ocdId` instead of becoming duplicates. OCD writes 2003-order ids without a year.
 */
function representationOrder(edid: number | null, current: boolean) {
  if (edid === null) return { representationOrder: null, ocdId: null };
  return current
    ? { representationOrder: 2013 as const, ocdId: `ocd-division/country:ca/ed:${edid}-2013` }
    : { representationOrder: 2003 as const, ocdId: `ocd-division/country:ca/ed:${edid}` };
}

/** `ridings.json` (`core.riding`). */
export function parseRidings(raw: RawSource): ParseResult<RidingRecord[]> {
  const { records: rows, rejects } = readFixture(raw, ["core.riding"], "the openparliament ridings fixture");
  const failed: Reject[] = [];
  const ids = new FirstSeen();
  const valid = rows.flatMap((row) => {
    const riding = validate(Riding, row);
    let reason = riding.ok ? ids.duplicate(String(riding.value.pk), row.index, "riding") : riding.reason;
    if (riding.ok && !reason) {
      const { edid, province } = riding.value.fields;
      if (edid !== null && provinceFromCode(edid) !== province) reason = `edid ${edid} is not a district of ${province}`;
    }
    if (!riding.ok || reason) {
      failed.push({ index: row.index, sourceId: row.sourceId, reason: reason! });
      return [];
    }
    return [riding.value];
  });

  const slugs = new SlugSet();
  const given = valid.map(({ fields }) => (fields.slug !== "" && slugs.reserve(fields.slug) ? fields.slug : null));
  const records = valid.map(({ pk, fields }, i): RidingRecord => {
    const nameEn = ridingName(fields.name_en)!;
    return {
      openparliamentId: pk,
      edid: fields.edid,
      ...representationOrder(fields.edid, fields.current),
      slug: given[i] ?? slugs.claim(slugify(nameEn)),
      nameEn,
      nameFr: ridingName(fields.name_fr),
      province: fields.province,
      current: fields.current,
    };
  });
  return { records, rejects: inFileOrder(rejects, failed) };
}
