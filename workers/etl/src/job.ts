import { errorMessage } from "#shared/health/checks";
import { log } from "#shared/http/logger";
import type { DomainEvent, EtlJob } from "#shared/queues/messages";
import { fetchDocument } from "./fetch";
import { isPermanentFailure, loaderFor } from "./load/registry";
import { startDueSources } from "./runs";
import type { DocumentOutcome } from "./load/types";
import { beginDocument, failedOutcome, recordDocument } from "./runs-record";
import { sourceNamed } from "./sources";

/**
 * Runs one `etl-jobs` message: fetch every language's publication, parse and validate it all,
 * and only then write, all of the document's rows in one transaction. A document that can never
 * load as it is (malformed, wrong encoding) is recorded as failed with its reason, to be retried
 * later with backoff; anything else thrown (the publisher is down, D1 is busy) goes back to the
 * queue to be redelivered with backoff at once.
 */
export async function runJob(env: Env, job: EtlJob): Promise<void> {
  if ((await beginDocument(env, job)).recorded) {
    // Delivered again: the document is in, but what followed its recording may not have happened
    // (starting the sources that waited for its run fails when a publisher's listing is briefly
    // unreachable, and the failure is what sent the message back). Starting due sources is
    // idempotent: a source already running or loaded is not started twice.
    await startDueSources(env, "dependency");
    return;
  }
  const source = sourceNamed(job.source);
  if (!source) {
    await record(env, job, failedOutcome(`no source named "${job.source}"`));
    return;
  }
  const publications = await Promise.all(job.urls.map((url) => fetchDocument(url)));
  let outcome: Awaited<ReturnType<ReturnType<typeof loaderFor>>>;
  try {
    outcome = await loaderFor(source.format)(env, publications, { document: job.document, urls: job.urls });
  } catch (err) {
    if (!isPermanentFailure(err)) throw err;
    log("warn", "etl document rejected", { run_id: job.run_id, document: job.document, error: errorMessage(err) });
    await record(env, job, failedOutcome(errorMessage(err)));
    return;
  }
  await sendEvents(env, outcome.events);
  await record(env, job, { status: "succeeded", ...outcome });
}

/** A job whose retries are spent: its document is recorded as failed, so its run can finish. */
export async function recordDeadJob(env: Env, job: EtlJob, lastError: string | null): Promise<void> {
  await record(env, job, failedOutcome(`gave up after repeated failures${lastError ? `: ${lastError}` : ""}`));
}

/** Files the outcome; when it closed the run, the sources that were waiting for it start. */
async function record(env: Env, job: EtlJob, outcome: DocumentOutcome): Promise<void> {
  if (await recordDocument(env, job, outcome)) await startDueSources(env, "dependency");
}

async function sendEvents(env: Env, events: DomainEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 100) {
    await env.EVENTS.sendBatch(events.slice(i, i + 100).map((body) => ({ body, contentType: "json" as const })));
  }
}
