import { PROVINCES } from "#shared/db/civic";

export type Province = (typeof PROVINCES)[number];

/**
 * Statistics Canada's two-digit province codes (SGC). Every federal district number (edid) and
 * census subdivision code starts with one, which is how their province is known.
 */
const PROVINCE_BY_SGC: Readonly<Record<string, Province>> = {
  "10": "NL",
  "11": "PE",
  "12": "NS",
  "13": "NB",
  "24": "QC",
  "35": "ON",
  "46": "MB",
  "47": "SK",
  "48": "AB",
  "59": "BC",
  "60": "YT",
  "61": "NT",
  "62": "NU",
};

/** The province of an edid or census subdivision code, from its first two digits. */
export function provinceFromCode(code: string | number): Province | null {
  return PROVINCE_BY_SGC[String(code).slice(0, 2)] ?? null;
}

export function isProvince(value: string): value is Province {
  return (PROVINCES as readonly string[]).includes(value);
}

/** Names used where a source gives only the code (a Represent provincial legislature's file name). */
export const PROVINCE_NAMES: Readonly<Record<Province, { en: string; fr: string }>> = {
  AB: { en: "Alberta", fr: "Alberta" },
  BC: { en: "British Columbia", fr: "Colombie-Britannique" },
  MB: { en: "Manitoba", fr: "Manitoba" },
  NB: { en: "New Brunswick", fr: "Nouveau-Brunswick" },
  NL: { en: "Newfoundland and Labrador", fr: "Terre-Neuve-et-Labrador" },
  NS: { en: "Nova Scotia", fr: "Nouvelle-Écosse" },
  NT: { en: "Northwest Territories", fr: "Territoires du Nord-Ouest" },
  NU: { en: "Nunavut", fr: "Nunavut" },
  ON: { en: "Ontario", fr: "Ontario" },
  PE: { en: "Prince Edward Island", fr: "Île-du-Prince-Édouard" },
  QC: { en: "Quebec", fr: "Québec" },
  SK: { en: "Saskatchewan", fr: "Saskatchewan" },
  YT: { en: "Yukon", fr: "Yukon" },
};
