import { ridings } from "#shared/db/civic";
import { SourceParseError } from "../parsers/common";
import { parseCensusSubdivisions, parseFederalDistrictNamesFr, parseFederalDistricts, parseProvinceNamesFr, parseProvinces } from "../parsers/ocd";
import { slugify } from "../parsers/common-text";
import { parserRejects, result, toRow } from "./rows";
import type { Loader } from "./types";
import { loadRows } from "./batch";
import { tableSpec } from "./upsert";

const SOURCE = "ocd";

/**
 * Federal districts meet openparliament's ridings on their OCD id. openparliament owns the rows it
 * has (names, `current`), so for those the OCD lists only add what they know better: French names
 * and validity dates. Districts openparliament does not have (the 2023 order) are added whole.
 */
const DISTRICTS = tableSpec(ridings, {
  columns: ["ocd_id", "edid", "representation_order", "slug", "name_en", "name_fr", "province", "current", "valid_from", "valid_through", "source"],
  key: ["ocd_id"],
  updateColumns: ["name_fr", "valid_from", "valid_through"],
});

const DISTRICT_NAMES_FR = tableSpec(ridings, {
  columns: ["ocd_id", "edid", "representation_order", "slug", "name_en", "name_fr", "province", "current", "source"],
  key: ["ocd_id"],
  updateColumns: ["name_fr"],
});

/** Which list a document is, from its file name (the same in the mirror and at the publisher). */
function listOf(document: string): string {
  return document.slice(document.lastIndexOf("/") + 1).replace(/\.csv$/, "");
}

/**
 * Loads one OCD list. The provinces and census-subdivision lists are read and validated (they
 * name the jurisdictions Represent publishes) and counted as read; the platform stores the
 * federal districts, whose ids and French names complete the ridings.
 */
export const loadOcd: Loader = async (env, [bytes], { document }) => {
  const list = listOf(document);
  if (/^ca_federal_electoral_districts-\d{4}$/.test(list)) {
    const { records, rejects } = parseFederalDistricts(bytes!);
    const latestOrder = Math.max(...records.map((r) => r.representationOrder));
    const rows = records.map((r) =>
      toRow(r, DISTRICTS.columns, {
        slug: `${slugify(r.nameEn)}-${r.representationOrder}`,
        current: r.representationOrder === latestOrder && r.validThrough === null ? 1 : 0,
        source: SOURCE,
      }),
    );
    return result(records.length + rejects.length, [await loadRows(env.CIVIC, DISTRICTS, rows)], parserRejects(rejects));
  }
  if (list === "ca_federal_electoral_districts-name_fr") {
    const { records, rejects } = parseFederalDistrictNamesFr(bytes!);
    // Only districts already known take a French name; the list alone cannot make a riding.
    const { results } = await env.CIVIC.prepare(
      "SELECT ocd_id, edid, representation_order, slug, name_en, province, current FROM ridings WHERE ocd_id IS NOT NULL",
    ).all<{
      ocd_id: string;
      edid: number;
      representation_order: number;
      slug: string;
      name_en: string;
      province: string;
      current: number;
    }>();
    const known = new Map(results.map((r) => [r.ocd_id, r]));
    const rows = records.flatMap((r) => {
      const riding = known.get(r.ocdId);
      return riding ? [{ ...riding, name_fr: r.nameFr, source: SOURCE }] : [];
    });
    return result(records.length + rejects.length, [await loadRows(env.CIVIC, DISTRICT_NAMES_FR, rows)], parserRejects(rejects));
  }
  const parse =
    list === "ca_provinces_and_territories"
      ? parseProvinces
      : list === "ca_provinces_and_territories-name_fr"
        ? parseProvinceNamesFr
        : list === "ca_census_subdivisions"
          ? parseCensusSubdivisions
          : null;
  if (!parse) throw new SourceParseError(`${document} is not an OCD list this platform reads`);
  const { records, rejects } = parse(bytes!);
  return result(records.length + rejects.length, [], parserRejects(rejects));
};
