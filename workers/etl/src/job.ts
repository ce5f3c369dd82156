import { errorMessage } from "#shared/health/checks";
import { log } from "#shared/http/logger";
import type { DomainEvent, EtlJob } from "#shared/queues/messages";
import { fetchDocument } from "./fetch";
import { isPermanentFailure, loaderFor } from "./load/registry";
import { documentRecorded, recordDocument } from "./runs";
import { sourceNamed } from "./sources";

/**
 * Runs one `etl-jobs` message: fetch every language's publication, parse and validate it all,
 * and only then write. A document that can never load (malformed, wrong encoding) is recorded
 * as failed with its reason and not retried; anything else thrown (the publisher is down, D1 is
 * busy) goes back to the queue to be retried with backoff.
 */
export async function runJob(env: Env, job: EtlJob): Promise<void> {
  if (await documentRecorded(env, job)) return;
  const source = sourceNamed(job.source);
  if (!source) {
    await recordDocument(env, job, failed(`no source named "${job.source}"`));
    return;
  }
  const publications = await Promise.all(job.urls.map((url) => fetchDocument(url)));
  let outcome;
  try {
    outcome = await loaderFor(source.format)(env, publications, { document: job.document, urls: job.urls });
  } catch (err) {
    if (!isPermanentFailure(err)) throw err;
    log("warn", "etl document rejected", { run_id: job.run_id, document: job.document, error: errorMessage(err) });
    await recordDocument(env, job, failed(errorMessage(err)));
    return;
  }
  await sendEvents(env, outcome.events);
  await recordDocument(env, job, { status: "succeeded", ...outcome });
}

/** A job whose retries are spent: its document is recorded as failed, so its run can finish. */
export async function recordDeadJob(env: Env, job: EtlJob, lastError: string | null): Promise<void> {
  await recordDocument(env, job, failed(`gave up after repeated failures${lastError ? `: ${lastError}` : ""}`));
}

function failed(error: string) {
  return { status: "failed" as const, read: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, error, rejects: [] };
}

async function sendEvents(env: Env, events: DomainEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 100) {
    await env.EVENTS.sendBatch(events.slice(i, i + 100).map((body) => ({ body, contentType: "json" as const })));
  }
}
