import { isNotNull } from "drizzle-orm";
import { memberIdentifiers, members, members as membersTable, memberTerms, parties, ridings, sessions } from "#shared/db/civic";
import { civicDb } from "#shared/db/index";
import { parseParties, parsePoliticians, parseRidings, parseSessions } from "../parsers/openparliament";
import { idMap, parserRejects, result, toRow } from "./rows";
import type { Loader } from "./types";
import { DocumentBatch, loadRows } from "./batch";
import { idByKey, tableSpec, type Cell } from "./upsert";

const SOURCE = "openparliament";

const SESSIONS = tableSpec(sessions, {
  columns: ["code", "parliament_number", "session_number", "name_en", "name_fr", "start_date", "end_date", "source"],
  key: ["code"],
  touchesUpdatedAt: true,
});

/**
 * How the Hansard prints each party after a speaker's riding, in English and French, keyed by the
 * party's openparliament id: what links post-2010 speakers to parties.
 */
export const HANSARD_PARTY_ABBREVIATIONS: Record<number, [en: string, fr: string]> = {
  1: ["CPC", "PCC"],
  2: ["NDP", "NPD"],
  3: ["BQ", "BQ"],
  4: ["Lib.", "Lib."],
  5: ["Ind.", "Ind."],
  9: ["GP", "PV"],
};

/**
 * French names of the parties that sit in the House, where the fixtures only copy the English
 * one (keyed by openparliament id).
 */
const PARTY_NAMES_FR: Record<number, [name: string, short: string]> = {
  1: ["Parti conservateur du Canada", "Conservateur"],
  2: ["Nouveau Parti démocratique", "NPD"],
  3: ["Bloc Québécois", "Bloc"],
  4: ["Parti libéral du Canada", "Libéral"],
  5: ["Indépendant", "Indépendant"],
  9: ["Parti vert du Canada", "Vert"],
};

const PARTIES = tableSpec(parties, {
  columns: ["openparliament_id", "slug", "name_en", "name_fr", "short_name_en", "short_name_fr", "abbreviation_en", "abbreviation_fr", "source"],
  key: ["openparliament_id"],
  touchesUpdatedAt: true,
});

/** French names come better from the OCD lists; the fixtures only fill a riding that has none. */
const RIDINGS = tableSpec(ridings, {
  columns: ["openparliament_id", "edid", "representation_order", "slug", "name_en", "name_fr", "province", "current", "ocd_id", "source"],
  key: ["openparliament_id"],
  fillColumns: ["name_fr"],
  touchesUpdatedAt: true,
});

const MEMBERS = tableSpec(members, {
  columns: ["openparliament_id", "slug", "name", "name_given", "name_family", "gender", "headshot_url", "twitter", "web_site", "source"],
  key: ["openparliament_id"],
  touchesUpdatedAt: true,
});

const MEMBER_IDENTIFIERS = tableSpec(memberIdentifiers, {
  columns: ["scheme", "value", "member_id", "affiliation_type", "source"],
  key: ["scheme", "value"],
  touchesUpdatedAt: true,
});

const TERMS = tableSpec(memberTerms, {
  columns: ["openparliament_id", "member_id", "party_id", "riding_id", "start_date", "end_date", "source"],
  key: ["openparliament_id"],
  touchesUpdatedAt: true,
});

export const loadSessions: Loader = async (env, [bytes]) => {
  const { records, rejects } = parseSessions(bytes!);
  const counts = await loadRows(
    env.CIVIC,
    SESSIONS,
    records.map((r) => toRow(r, SESSIONS.columns, { source: SOURCE })),
  );
  return result(records.length + rejects.length, [counts], parserRejects(rejects));
};

export const loadParties: Loader = async (env, [bytes]) => {
  const { records, rejects } = parseParties(bytes!);
  const rows = records.map((r) => {
    const [en, fr] = HANSARD_PARTY_ABBREVIATIONS[r.openparliamentId] ?? [null, null];
    const french = r.frSameAsEn ? PARTY_NAMES_FR[r.openparliamentId] : undefined;
    return toRow(r, PARTIES.columns, {
      source: SOURCE,
      abbreviation_en: en,
      abbreviation_fr: fr,
      ...(french ? { name_fr: french[0], short_name_fr: french[1] } : {}),
    });
  });
  const counts = await loadRows(env.CIVIC, PARTIES, rows);
  return result(records.length + rejects.length, [counts], parserRejects(rejects));
};

export const loadRidings: Loader = async (env, [bytes]) => {
  const { records, rejects } = parseRidings(bytes!);
  const counts = await loadRows(
    env.CIVIC,
    RIDINGS,
    records.map((r) => toRow(r, RIDINGS.columns, { source: SOURCE })),
  );
  return result(records.length + rejects.length, [counts], parserRejects(rejects));
};

/**
 * Members, and what refers to them (their source ids and their terms: party, riding, dates), in
 * one transaction. A member new with this file is referred to by openparliament id, as its id is
 * made by the same batch.
 */
export const loadPoliticians: Loader = async (env, [bytes]) => {
  const parsed = parsePoliticians(bytes!);
  const { members, identifiers, terms } = parsed.records;
  const rejects = parserRejects(parsed.rejects);
  const batch = new DocumentBatch(env.CIVIC);
  batch.upsert(
    MEMBERS,
    members.map((m) => toRow(m, MEMBERS.columns, { source: SOURCE })),
  );

  const [memberIds, partyIds, ridingIds] = await Promise.all([
    idMap(byOpenparliamentId(env.CIVIC, membersTable)),
    idMap(byOpenparliamentId(env.CIVIC, parties)),
    idMap(byOpenparliamentId(env.CIVIC, ridings)),
  ]);
  const loading = new Set(members.map((m) => String(m.openparliamentId)));
  const memberOf = (openparliamentId: number): Cell | undefined =>
    memberIds.get(String(openparliamentId)) ??
    (loading.has(String(openparliamentId)) ? idByKey(MEMBERS.table, { openparliament_id: openparliamentId }) : undefined);
  const identifierRows = identifiers.flatMap((i) => {
    const memberId = memberOf(i.memberOpenparliamentId);
    return memberId ? [toRow(i, MEMBER_IDENTIFIERS.columns, { member_id: memberId, affiliation_type: null, source: SOURCE })] : [];
  });
  const termRows = terms.flatMap((t, index) => {
    const memberId = memberOf(t.memberOpenparliamentId);
    const partyId = t.partyOpenparliamentId === null ? null : partyIds.get(String(t.partyOpenparliamentId));
    const ridingId = t.ridingOpenparliamentId === null ? null : ridingIds.get(String(t.ridingOpenparliamentId));
    if (!memberId || partyId === undefined || ridingId === undefined) {
      rejects.push({
        recordIndex: index,
        sourceId: String(t.openparliamentId),
        reason: `term refers to an unknown ${!memberId ? "member" : partyId === undefined ? "party" : "riding"}`,
      });
      return [];
    }
    return [toRow(t, TERMS.columns, { member_id: memberId, party_id: partyId, riding_id: ridingId, source: SOURCE })];
  });
  batch.upsert(MEMBER_IDENTIFIERS, identifierRows);
  batch.upsert(TERMS, termRows);
  const counts = await batch.commit();
  return result(members.length + identifiers.length + terms.length + parsed.rejects.length, [counts], rejects);
};

/** `{ openparliament id → id }` rows of a table that keeps openparliament's ids, for `idMap`. */
export function byOpenparliamentId(d1: D1Database, table: typeof members | typeof parties | typeof ridings) {
  return civicDb(d1).select({ k: table.openparliamentId, id: table.id }).from(table).where(isNotNull(table.openparliamentId));
}
