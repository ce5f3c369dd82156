import type { EtlJob } from "#shared/queues/messages";

/** Fetches, parses, validates and loads one document of one source. */
export type Loader = (env: Env, job: EtlJob) => Promise<void>;

/** Each source's loader, by source name. */
export const LOADERS: Record<string, Loader> = {};

/**
 * Runs one `etl-jobs` message. A job for a source this Worker has no loader for cannot succeed
 * on a retry, but it is still thrown so it ends in the dead-letter record an operator reads,
 * where a deployment that lags behind its producer would show up.
 */
export async function runJob(env: Env, job: EtlJob): Promise<void> {
  const loader = LOADERS[job.source];
  if (!loader) throw new Error(`no loader for source "${job.source}"`);
  await loader(env, job);
}
