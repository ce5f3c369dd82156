/**
 * Every ETL source with documents in data/sources/ (no LEGISinfo export ships with the data): what
 * a first load loads. Free of imports, so the workerd tests and the Node-side script tests share it.
 */
export const LOADABLE = [
  "openparliament-sessions",
  "openparliament-parties",
  "openparliament-ridings",
  "openparliament-politicians",
  "ocd-divisions",
  "house-rosters",
  "parlinfo-members",
  "hansard-debates",
  "hansard-committees",
  "represent",
] as const;
