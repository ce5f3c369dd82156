import { HansardParseError } from "../parsers/hansard";
import { SourceParseError } from "../parsers/common";
import type { SourceDefinition, SourceFormat } from "../sources";
import { loadHansard } from "./hansard";
import { loadLegisinfo } from "./legisinfo";
import { loadOcd } from "./ocd";
import { loadParties, loadPoliticians, loadRidings, loadSessions } from "./openparliament";
import { loadRepresent } from "./represent";
import { loadRoster } from "./rosters";
import { reconcileRosters } from "./rosters-reconcile";
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
const RECORD_COUNTS: Record<SourceFormat, string> = {
  "openparliament-sessions": "SELECT count(*) AS n FROM sessions",
  "openparliament-parties": "SELECT count(*) AS n FROM parties",
  "openparliament-ridings": "SELECT count(*) AS n FROM ridings",
  "openparliament-politicians": "SELECT count(*) AS n FROM members",
  "ocd-divisions": "SELECT count(*) AS n FROM ridings WHERE ocd_id IS NOT NULL",
  "hansard-xml": "SELECT count(*) AS n FROM statements",
  "represent-json": "SELECT count(*) AS n FROM representatives",
  "legisinfo-json": "SELECT count(*) AS n FROM bills WHERE legisinfo_id IS NOT NULL",
  "ourcommons-members": "SELECT count(*) AS n FROM roster_seats WHERE roster NOT LIKE '%ca.m.%'",
  "lipad-members": "SELECT count(*) AS n FROM roster_seats WHERE roster LIKE '%ca.m.%'",
};

export async function countRecords(env: Env, source: SourceDefinition): Promise<number> {
  const sql =
    source.name === "hansard-committees"
      ? "SELECT count(*) AS n FROM statements s JOIN documents d ON d.id = s.document_id WHERE d.kind = 'evidence'"
      : source.name === "hansard-debates"
        ? "SELECT count(*) AS n FROM statements s JOIN documents d ON d.id = s.document_id WHERE d.kind = 'debates'"
        : RECORD_COUNTS[source.format];
  return (await env.CIVIC.prepare(sql).first<{ n: number }>())!.n;
}
