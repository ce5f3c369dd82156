import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { broken, documentsOf, etl, finished, fireCron, loadEverything, queueJobs, recordRun, rowCounts, run, sources, startRun } from "./etl-driver";

/**
 * A run whose documents did not all load finishes `partial` (or `failed`, when none did), and the
 * cron loads its failed documents again in the same run, 1, 5, 30, 120 and 360 minutes after
 * each failure, then gives up. Time is moved on by editing the retry times in D1.
 */

beforeAll(() => loadEverything(), 150_000);

const retryOf = async (runId: string, document: string) => (await run(runId)).documents.find((d) => d.document === document)!;
/** A run's `error` as the list of runs reports it (`/api/v1/etl/runs`), and as its own page does. */
async function runError(runId: string, source: string): Promise<string | null> {
  const { data } = (await (await etl(`/api/v1/etl/runs?source=${source}&limit=100`)).json()) as { data: { id: string; error: string | null }[] };
  const listed = data.find((r) => r.id === runId)!;
  expect(await run(runId)).toMatchObject({ error: listed.error });
  return listed.error;
}
const plus = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

/** Moves a failed document's retry time into the past, as waiting for it would. */
async function retryIsDue(runId: string, document: string, attempts?: number): Promise<void> {
  await env.PLATFORM.prepare("UPDATE etl_run_documents SET retry_at = ?, attempts = coalesce(?, attempts) WHERE run_id = ? AND document = ?")
    .bind(new Date(Date.now() - 1000).toISOString(), attempts ?? null, runId, document)
    .run();
}

describe("a run with a document that fails", () => {
  it("ends partial, and the cron loads the document again once its backoff has passed", async () => {
    const loaded = await rowCounts();
    const [good, flaky] = await documentsOf("represent");
    const documents = [good!, { document: flaky!.document, urls: broken("truncated", flaky!.document) }];
    const id = await recordRun(
      "represent",
      documents.map((d) => ({ ...d, status: "queued" as const })),
      0,
    );
    await queueJobs(id, "represent", documents);

    const partial = await finished(id);
    expect(partial).toMatchObject({ status: "partial", documents_done: 1, documents_failed: 1 });
    const failed = await retryOf(id, flaky!.document);
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.error).toMatch(/not valid JSON/);
    expect(failed.retry_at).toBe(plus(failed.finished_at!, 1));
    // Some documents loaded: the reasons are the failed documents' own, not the run's.
    expect(await runError(id, "represent")).toBeNull();
    expect((await sources()).find((s) => s.name === "represent")!.last_run).toMatchObject({ id, status: "partial", next_retry_at: failed.retry_at });

    // Not before its time.
    await fireCron();
    expect((await run(id)).status).toBe("partial");
    expect(await retryOf(id, flaky!.document)).toMatchObject({ status: "failed", attempts: 1, retry_at: failed.retry_at });

    // The publisher has put the file right by the time the retry is due.
    await env.PLATFORM.prepare("UPDATE etl_run_documents SET urls = ? WHERE run_id = ? AND document = ?")
      .bind(JSON.stringify(flaky!.urls), id, flaky!.document)
      .run();
    await retryIsDue(id, flaky!.document);
    await fireCron();
    const retried = await finished(id);
    expect(retried).toMatchObject({ status: "succeeded", documents_done: 2, documents_failed: 0 });
    expect(await runError(id, "represent")).toBeNull();
    expect(await retryOf(id, flaky!.document)).toMatchObject({ status: "succeeded", attempts: 1, retry_at: null, error: null });
    expect(await rowCounts()).toEqual(loaded);
  });

  it("waits longer after each failure, and gives up after the last", async () => {
    const [sessions] = await documentsOf("openparliament-sessions");
    const document = { document: sessions!.document, urls: broken("empty", sessions!.document) };
    const id = await recordRun("openparliament-sessions", [{ ...document, status: "queued" }], 0);
    await queueJobs(id, "openparliament-sessions", [document]);

    expect((await finished(id)).status).toBe("failed");
    const first = await retryOf(id, sessions!.document);
    expect(first.retry_at).toBe(plus(first.finished_at!, 1));
    // A failed run reports why: its one document's reason.
    expect(first.error).toBeTruthy();
    expect(await runError(id, "openparliament-sessions")).toBe(`${sessions!.document}: ${first.error}`);

    await retryIsDue(id, sessions!.document);
    await fireCron();
    expect((await finished(id)).status).toBe("failed");
    const second = await retryOf(id, sessions!.document);
    expect(second).toMatchObject({ attempts: 2, retry_at: plus(second.finished_at!, 5) });

    // Five retries later (after 1, 5, 30, 120 and 360 minutes), the sixth failure is the last.
    await retryIsDue(id, sessions!.document, 5);
    await fireCron();
    const last = await finished(id);
    expect(await retryOf(id, sessions!.document)).toMatchObject({ status: "failed", attempts: 6, retry_at: null });
    expect((await sources()).find((s) => s.name === "openparliament-sessions")!.last_run).toMatchObject({ id, status: "failed", next_retry_at: null });
    await fireCron();
    expect((await run(id)).finished_at).toBe(last.finished_at);

    // A new run loads the source whole again.
    const again = await finished((await startRun("openparliament-sessions")).id);
    expect(again.status).toBe("succeeded");
    expect(await runError(again.id, "openparliament-sessions")).toBeNull();
    // The source's listing names the run its data is from.
    expect((await sources()).find((s) => s.name === "openparliament-sessions")).toMatchObject({ last_run_id: again.id });
  });
});
