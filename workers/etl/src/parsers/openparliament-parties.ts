import { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, inFileOrder, validate } from "./common";
import { SlugSet, cleanText, slugify } from "./common-text";
import { readFixture } from "./openparliament-fixture";

/** A row for `parties`, keyed by `openparliamentId` (slugs are ours where the fixture had none). */
export interface PartyRecord {
  openparliamentId: number;
  slug: string;
  nameEn: string;
  nameFr: string;
  shortNameEn: string;
  shortNameFr: string;
  /**
   * The fixture's French names are copies of the English ones for every party (even `Liberal
   * Party of Canada`). They are kept, since for `Bloc Québécois` the copy is right, but flagged
   * so the bilingual-coverage check does not count them as translations.
   */
  frSameAsEn: boolean;
}

const Party = z.object({
  pk: z.number().int().positive(),
  fields: z.object({
    name_en: z.string().trim().min(1),
    name_fr: z.string().trim().min(1),
    short_name_en: z.string().trim().min(1),
    short_name_fr: z.string().trim().min(1),
    slug: z.string(),
  }),
});

/** `parties.json` (`core.party`). */
export function parseParties(raw: RawSource): ParseResult<PartyRecord[]> {
  const { records: rows, rejects } = readFixture(raw, ["core.party"], "the openparliament parties fixture");
  const failed: Reject[] = [];
  const ids = new FirstSeen();
  const valid = rows.flatMap((row) => {
    const party = validate(Party, row);
    const reason = party.ok ? ids.duplicate(String(party.value.pk), row.index, "party") : party.reason;
    if (!party.ok || reason) {
      failed.push({ index: row.index, sourceId: row.sourceId, reason: reason! });
      return [];
    }
    return [{ row, party: party.value }];
  });

  // Source slugs first (lower-cased: the fixture has `NDP`, `IND`), so generated ones avoid them.
  const slugs = new SlugSet();
  const given = valid.map(({ party }) => {
    const slug = slugify(party.fields.slug);
    return slug !== "" && slugs.reserve(slug) ? slug : null;
  });
  const records = valid.map(({ party: { pk, fields } }, i): PartyRecord => {
    const nameEn = cleanText(fields.name_en)!;
    const nameFr = cleanText(fields.name_fr)!;
    const shortNameEn = cleanText(fields.short_name_en)!;
    const shortNameFr = cleanText(fields.short_name_fr)!;
    return {
      openparliamentId: pk,
      slug: given[i] ?? slugs.claim(slugify(shortNameEn)),
      nameEn,
      nameFr,
      shortNameEn,
      shortNameFr,
      frSameAsEn: nameFr === nameEn && shortNameFr === shortNameEn,
    };
  });
  return { records, rejects: inFileOrder(rejects, failed) };
}
