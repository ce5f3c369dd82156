/**
 * The fixed vocabularies of the parliament data, as the database constrains them and the API
 * serves them. Free of imports, so the web app shares them with the services.
 */

export const PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;
export const CHAMBERS = ["house", "senate"] as const;
export const BILL_STAGES = [
  "first_reading",
  "second_reading",
  "committee",
  "report",
  "third_reading",
  "senate_amendments",
  "royal_assent",
  "defeated",
  "withdrawn",
  "other",
] as const;
export const DIVISION_RESULTS = ["passed", "failed", "tie"] as const;
export const BALLOTS = ["yea", "nay", "paired"] as const;
export const DOCUMENT_KINDS = ["debates", "evidence"] as const;
export const LANGUAGES = ["en", "fr"] as const;
export const JURISDICTION_LEVELS = ["provincial", "municipal"] as const;

export type Province = (typeof PROVINCES)[number];
export type Chamber = (typeof CHAMBERS)[number];
export type BillStage = (typeof BILL_STAGES)[number];
export type DivisionResult = (typeof DIVISION_RESULTS)[number];
export type Ballot = (typeof BALLOTS)[number];
