import { count, eq, isNotNull, like, notLike } from "drizzle-orm";
import { bills, documents, members, parties, representatives, ridings, rosterSeats, sessions, statements } from "#shared/db/civic";
import { civicDb, type CivicDb } from "#shared/db/index";
import { HansardParseError } from "../parsers/hansard";
import { SourceParseError } from "../parsers/common";
import type { SourceDefinition, SourceFormat } from "../sources";
import { loadHansard } from "./hansard";
import { loadLegisinfo } from "./legisinfo";
import { loadOcd } from "./ocd";
import { loadParties, loadPoliticians, loadRidings, loadSessions } from "./openparliament";
import { loadRepresent } from "./represent";
import { loadRoster } from "./rosters";
import { mergeSurnameMembers, reconcileRosters } from "./rosters-reconcile";
import { settleBallotParties, settleBillStatus } from "./settle";
import type { Loader } from "./types";

const LOADERS: Record<SourceFormat, Loader> = {
  "openparliament-sessions": loadSessions,
  "openparliament-parties": loadParties,
  "openparliament-ridings": loadRidings,
  "openparliament-politicians": loadPoliticians,
  "ocd-divisions": loadOcd,
  "hansard-xml": loadHansard,
  "represent-json": loadRepresent,
  "legisinfo-json": loadLegisinfo,
  "ourcommons-members": loadRoster,
  "lipad-members": loadRoster,
};

export function loaderFor(format: SourceFormat): Loader {
  return LOADERS[format];
}

/** Work a run does once all its documents are in, where one document's rows depend on another's. */
const AFTER_RUN: Partial<Record<SourceFormat, (env: Env) => Promise<void>>> = {
  "hansard-xml": async (env) => {
    // Surnames a division list printed alone, which the members' terms identify.
    await mergeSurnameMembers(env.CIVIC);
    await settleBillStatus(env.CIVIC);
    await settleBallotParties(env.CIVIC);
  },
  // Terms name parties, so ballots settle again when members' terms are reloaded.
  "openparliament-politicians": (env) => settleBallotParties(env.CIVIC),
  // Members and terms come from every roster at once; then ballots take the party of their day.
  "ourcommons-members": (env) => reconcileRosters(env.CIVIC).then(() => settleBallotParties(env.CIVIC)),
  "lipad-members": (env) => reconcileRosters(env.CIVIC).then(() => settleBallotParties(env.CIVIC)),
};

export async function afterRun(env: Env, source: SourceDefinition): Promise<void> {
  await AFTER_RUN[source.format]?.(env);
}

/** A document that can never load as it is: retrying it would only fail the same way. */
export function isPermanentFailure(err: unknown): boolean {
  return err instanceof SourceParseError || err instanceof HansardParseError;
}

/** What a dataset holds, for `/etl/sources`: its rows in the table it is the authority for. */
const RECORD_COUNTS: Record<SourceFormat, (db: CivicDb) => Promise<{ n: number }[]>> = {
  "openparliament-sessions": (db) => db.select({ n: count() }).from(sessions),
  "openparliament-parties": (db) => db.select({ n: count() }).from(parties),
  "openparliament-ridings": (db) => db.select({ n: count() }).from(ridings),
  "openparliament-politicians": (db) => db.select({ n: count() }).from(members),
  "ocd-divisions": (db) => db.select({ n: count() }).from(ridings).where(isNotNull(ridings.ocdId)),
  "hansard-xml": (db) => db.select({ n: count() }).from(statements),
  "represent-json": (db) => db.select({ n: count() }).from(representatives),
  "legisinfo-json": (db) => db.select({ n: count() }).from(bills).where(isNotNull(bills.legisinfoId)),
  "ourcommons-members": (db) => db.select({ n: count() }).from(rosterSeats).where(notLike(rosterSeats.roster, "%ca.m.%")),
  "lipad-members": (db) => db.select({ n: count() }).from(rosterSeats).where(like(rosterSeats.roster, "%ca.m.%")),
};

/** Statements of one kind of document: the two Hansard sources share a format but not their sittings. */
const statementsOf = (db: CivicDb, kind: "debates" | "evidence") =>
  db.select({ n: count() }).from(statements).innerJoin(documents, eq(documents.id, statements.documentId)).where(eq(documents.kind, kind));

export async function countRecords(env: Env, source: SourceDefinition): Promise<number> {
  const db = civicDb(env.CIVIC);
  const [row] =
    source.name === "hansard-committees"
      ? await statementsOf(db, "evidence")
      : source.name === "hansard-debates"
        ? await statementsOf(db, "debates")
        : await RECORD_COUNTS[source.format](db);
  return row!.n;
}
