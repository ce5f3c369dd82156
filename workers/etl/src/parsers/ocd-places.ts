import { z } from "zod";
import type { ParseResult, RawSource } from "./common";
import { type Province, isProvince, provinceFromCode } from "./common-provinces";
import { cleanText } from "./common-text";
import { orNull, readDivisionCsv } from "./ocd-csv";

/** Provinces, territories and census subdivisions (municipalities) from the OCD lists. */

/** A province or territory; reference data keyed by `code` (the schema's PROVINCES). */
export interface ProvinceRecord {
  ocdId: string;
  code: Province;
  kind: "province" | "territory";
  nameEn: string;
  abbreviationEn: string | null;
  abbreviationFr: string | null;
  /** Statistics Canada's code, the first two digits of every edid and census subdivision in it. */
  sgcCode: string;
}

export interface ProvinceNameRecord {
  ocdId: string;
  code: Province;
  nameFr: string;
}

/**
 * A census subdivision: the municipality a Represent council governs, where one matches. Its
 * `ocdId` is what `jurisdictions.ocd_id` holds.
 */
export interface CensusSubdivisionRecord {
  ocdId: string;
  /** Statistics Canada's seven-digit code, kept as text: it is an identifier, not a quantity. */
  csdCode: string;
  nameEn: string;
  nameFr: string | null;
  province: Province;
  /** StatCan's type abbreviation (`CY` city, `T` town, `RM` rural municipality, `IRI` reserve…). */
  classification: string | null;
  organizationName: string | null;
  /** The number in names such as `Argyle No. 1` (Saskatchewan rural municipalities). */
  number: string | null;
}

const PROVINCE_ID = /^ocd-division\/country:ca\/(province|territory):([a-z]{2})$/;
const CSD_ID = /^ocd-division\/country:ca\/csd:(\d{7})$/;

const provinceId = z.string().regex(PROVINCE_ID, "not a province or territory id");
const Place = z.object({
  id: provinceId,
  name: z.string().trim().min(1),
  abbreviation: z.string().optional(),
  abbreviation_fr: z.string().optional(),
  sgc: z.string().regex(/^\d{2}$/, "sgc must be two digits"),
});
const PlaceName = z.object({ id: provinceId, name_fr: z.string().trim().min(1) });
const Subdivision = z.object({
  id: z.string().regex(CSD_ID, "not a census subdivision id (ocd-division/country:ca/csd:NNNNNNN)"),
  name: z.string().trim().min(1),
  name_fr: z.string().optional(),
  classification: z.string().optional(),
  organization_name: z.string().optional(),
  number: z.string().optional(),
});

function provinceOf(id: string): { kind: "province" | "territory"; code: Province } | string {
  const [, kind, letters = ""] = PROVINCE_ID.exec(id)!;
  const code = letters.toUpperCase();
  return isProvince(code) ? { kind: kind as "province" | "territory", code } : `unknown province or territory "${letters}"`;
}

/** `ca_provinces_and_territories.csv`. */
export function parseProvinces(raw: RawSource): ParseResult<ProvinceRecord[]> {
  return readDivisionCsv(raw, "the OCD provinces and territories list", ["name", "sgc"], Place, (row) => {
    const place = provinceOf(row.id);
    if (typeof place === "string") return place;
    if (provinceFromCode(row.sgc) !== place.code) return `sgc ${row.sgc} is not the code of ${place.code}`;
    return {
      ocdId: row.id,
      ...place,
      nameEn: cleanText(row.name)!,
      abbreviationEn: orNull(row.abbreviation),
      abbreviationFr: orNull(row.abbreviation_fr),
      sgcCode: row.sgc,
    };
  });
}

/** `ca_provinces_and_territories-name_fr.csv`. */
export function parseProvinceNamesFr(raw: RawSource): ParseResult<ProvinceNameRecord[]> {
  return readDivisionCsv(raw, "the OCD list of French province names", ["name_fr"], PlaceName, (row) => {
    const place = provinceOf(row.id);
    return typeof place === "string" ? place : { ocdId: row.id, code: place.code, nameFr: cleanText(row.name_fr)! };
  });
}

/** `ca_census_subdivisions.csv`. */
export function parseCensusSubdivisions(raw: RawSource): ParseResult<CensusSubdivisionRecord[]> {
  return readDivisionCsv(raw, "the OCD census subdivision list", ["name"], Subdivision, (row) => {
    const csdCode = CSD_ID.exec(row.id)![1]!;
    const province = provinceFromCode(csdCode);
    if (province === null) return `census subdivision ${csdCode} starts with no province code`;
    return {
      ocdId: row.id,
      csdCode,
      nameEn: cleanText(row.name)!,
      nameFr: cleanText(row.name_fr),
      province,
      classification: orNull(row.classification),
      organizationName: orNull(row.organization_name),
      number: orNull(row.number),
    };
  });
}
