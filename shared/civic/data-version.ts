/**
 * The civic data version: the id of the latest ETL run that may have changed civic rows, kept in
 * KV. Services that cache what they derive from civic data (the charts service) put it in their
 * cache keys, so a load that changes rows makes every such entry miss at once, and a load that
 * changes nothing leaves them warm.
 */
export const CIVIC_DATA_VERSION_KEY = "civic:data-version";

/** A finished run's counts, as `etl_runs` holds them. */
export interface RunCounts {
  inserted: number;
  updated: number;
  documents_failed: number;
}

/**
 * Whether a finished run may have changed civic rows. Inserts and updates (removals are counted
 * as updates) say so outright. A failed document says nothing either way: one whose retries ran
 * out may have written part of its rows before failing, so it counts as a change too.
 */
export function runChangedCivicData(run: RunCounts): boolean {
  return run.inserted + run.updated > 0 || run.documents_failed > 0;
}

export async function recordCivicDataVersion(kv: KVNamespace, runId: string): Promise<void> {
  await kv.put(CIVIC_DATA_VERSION_KEY, runId);
}
