import { rosterSeats } from "#shared/db/civic";
import { SourceParseError, type ParseResult, type RawSource } from "../parsers/common";
import { parseLipadMember, parseMemberSearch, parseMembersExport, type RosterSeat } from "../parsers/rosters";
import { DocumentBatch, returnedAsUpdated } from "./batch";
import { parserRejects, result, toRow } from "./rows";
import type { Loader } from "./types";
import { tableSpec } from "./upsert";

const SOURCE = "roster";

/**
 * A roster's seats, as the document states them; the member a seat belongs to is settled once
 * every roster of the run is in (see rosters-reconcile.ts), so `member_id` is not written here.
 */
const SEATS = tableSpec(rosterSeats, {
  columns: [
    "roster",
    "entry",
    "house_person_id",
    "parlinfo_id",
    "name_given",
    "name_family",
    "riding",
    "province",
    "party",
    "start_date",
    "end_date",
    "source",
  ],
  key: ["roster", "entry"],
  touchesUpdatedAt: true,
});

/** Which parser reads a roster document, from its file name (the same in the mirror and at the publisher). */
function parserFor(document: string): (raw: RawSource) => ParseResult<RosterSeat[]> {
  // Mirror files (`ourcommons-members-44-search.html`) or the publishers' addresses (`…/search/XML?parliament=44`).
  if (/ca\.m\.\d+\.xml$/i.test(document)) return parseLipadMember;
  if (/-search\.html?$|\/search(\?|$)/i.test(document)) return parseMemberSearch;
  if (/\.xml$|\/XML(\?|$)/i.test(document)) return parseMembersExport;
  throw new SourceParseError(`${document} is not a roster this platform reads`);
}

/**
 * Loads one roster document whole: its seats upserted, and the seats an earlier version of the
 * document listed but this one no longer does removed, in one transaction.
 */
export const loadRoster: Loader = async (env, [bytes], { document }) => {
  const { records, rejects } = parserFor(document)(bytes!);
  const rows = records.map((r) =>
    toRow(r, SEATS.columns, { roster: document, house_person_id: r.personId, name_given: r.givenName, name_family: r.familyName, source: SOURCE }),
  );
  const batch = new DocumentBatch(env.CIVIC);
  batch.upsert(SEATS, rows);
  batch.write(
    env.CIVIC.prepare("DELETE FROM roster_seats WHERE roster = ? AND entry NOT IN (SELECT value FROM json_each(?)) RETURNING 1").bind(
      document,
      JSON.stringify(records.map((r) => r.entry)),
    ),
    returnedAsUpdated,
  );
  return result(records.length + rejects.length, [await batch.commit()], parserRejects(rejects));
};
