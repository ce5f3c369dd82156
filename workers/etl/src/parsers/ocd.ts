/**
 * Open Civic Data division identifiers (opencivicdata/ocd-division-ids, `identifiers/country-ca/`),
 * one parser per list. Records are keyed by their OCD id; districts meet openparliament's ridings
 * on it (see `parseRidings`), and French names are set on the division with the same id.
 */
export {
  type FederalDistrictNameRecord,
  type FederalDistrictRecord,
  parseFederalDistrictNamesFr,
  parseFederalDistricts,
} from "./ocd-districts";
export {
  type CensusSubdivisionRecord,
  type ProvinceNameRecord,
  type ProvinceRecord,
  parseCensusSubdivisions,
  parseProvinceNamesFr,
  parseProvinces,
} from "./ocd-places";
