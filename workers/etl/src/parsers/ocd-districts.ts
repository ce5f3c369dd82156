import { z } from "zod";
import type { ParseResult, RawSource } from "./common";
import { type Province, provinceFromCode } from "./common-provinces";
import { isoDate, ridingName } from "./common-text";
import { orNull, readDivisionCsv } from "./ocd-csv";

/**
 * Federal electoral districts. OCD suffixes ids with the representation order since edids were
 * reused in 2013 (`ed:35075-2013`); the original, unsuffixed ids are the 2003 order's 308
 * districts, which is all the French-names list covers.
 */
const ED_ID = /^ocd-division\/country:ca\/ed:(\d{5})(?:-(\d{4}))?$/;
const FIRST_ORDER = 2003;

/** A row for `ridings` from OCD, keyed by `ocdId` (or by `edid` with `representationOrder`). */
export interface FederalDistrictRecord {
  ocdId: string;
  edid: number;
  representationOrder: number;
  nameEn: string;
  nameFr: string | null;
  province: Province;
  validFrom: string | null;
  /** Null while the order is in force. */
  validThrough: string | null;
}

/** The French name of a district, to set on the riding with the same `ocdId`. */
export interface FederalDistrictNameRecord {
  ocdId: string;
  edid: number;
  representationOrder: number;
  province: Province;
  nameFr: string;
}

const date = z.union([isoDate, z.literal("")]).optional();
const District = z.object({
  id: z.string().regex(ED_ID, "not a federal electoral district id (ocd-division/country:ca/ed:NNNNN[-YYYY])"),
  name: z.string().trim().min(1),
  name_fr: z.string().optional(),
  validFrom: date,
  validThrough: date,
});
const DistrictName = z.object({ id: District.shape.id, name_fr: z.string().trim().min(1) });

function division(id: string): { edid: number; representationOrder: number; province: Province } | string {
  const [, digits = "", year] = ED_ID.exec(id)!;
  const province = provinceFromCode(digits);
  if (province === null) return `edid ${digits} starts with no province code`;
  return { edid: Number(digits), representationOrder: year ? Number(year) : FIRST_ORDER, province };
}

/** `ca_federal_electoral_districts-2013.csv`, `…-2023.csv`: one representation order each. */
export function parseFederalDistricts(raw: RawSource): ParseResult<FederalDistrictRecord[]> {
  return readDivisionCsv(raw, "an OCD federal electoral district list", ["name"], District, (row) => {
    const where = division(row.id);
    if (typeof where === "string") return where;
    if (row.validFrom && row.validThrough && row.validThrough < row.validFrom) return "validThrough is before validFrom";
    return {
      ocdId: row.id,
      ...where,
      nameEn: ridingName(row.name)!,
      nameFr: ridingName(row.name_fr),
      validFrom: orNull(row.validFrom),
      validThrough: orNull(row.validThrough),
    };
  });
}

/** `ca_federal_electoral_districts-name_fr.csv`. */
export function parseFederalDistrictNamesFr(raw: RawSource): ParseResult<FederalDistrictNameRecord[]> {
  return readDivisionCsv(raw, "an OCD list of French district names", ["name_fr"], DistrictName, (row) => {
    const where = division(row.id);
    return typeof where === "string" ? where : { ocdId: row.id, ...where, nameFr: ridingName(row.name_fr)! };
  });
}
