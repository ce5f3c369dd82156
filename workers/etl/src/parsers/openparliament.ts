/**
 * openparliament.ca's core fixtures, one parser per file. Records refer to each other by
 * openparliament pk (a term's member, party and riding), since D1 ids do not exist yet: load
 * sessions, parties and ridings before politicians, then resolve the pks to row ids.
 */
export { type SessionRecord, parseSessions } from "./openparliament-sessions";
export { type PartyRecord, parseParties } from "./openparliament-parties";
export { type RidingRecord, parseRidings } from "./openparliament-ridings";
export {
  type MemberIdScheme,
  type MemberIdentifierRecord,
  type MemberRecord,
  type MemberTermRecord,
  type PoliticiansFixture,
  type Skipped,
  parsePoliticians,
} from "./openparliament-politicians";
