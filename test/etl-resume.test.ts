import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { documentsOf, finished, fireCron, loadEverything, MIRROR, queueJobs, recordRun, rowCounts, run, startRun } from "./etl-driver";
import { eventually } from "./helpers";

/**
 * A run cut off by a stopped platform (its Worker killed, its queued messages lost with the local
 * queue) stays `running` with documents that will never be delivered. Once its progress has stood
 * still past the ETL's limit (5 minutes), the cron, and an admin starting a run of its source,
 * resume it: its unfinished documents go through the queue again and the run finishes.
 */

beforeAll(() => loadEverything(), 150_000);

/** Removes what loading a sitting (`hansard/44-1-5.xml`) wrote, as if that document never loaded. */
async function unloadSitting(document: string): Promise<void> {
  const [, session, number] = document.match(/(\d+-\d+)-(\d+)\.xml$/)!;
  const removed = await env.CIVIC.prepare("DELETE FROM documents WHERE kind = 'debates' AND session_code = ? AND number = ? RETURNING id")
    .bind(session, Number(number))
    .all();
  expect(removed.results).toHaveLength(1);
}

describe("a run left running by a stopped platform", () => {
  it("is resumed by the cron once its progress has stood still past the limit, and ends with the rows of an uninterrupted load", async () => {
    const loaded = await rowCounts();
    const documents = await documentsOf("hansard-debates");
    // Nine documents recorded, one loaded but not yet recorded, one never loaded at all.
    const unrecorded = "hansard/42-1-2.xml";
    const unloaded = "hansard/44-1-5.xml";
    await unloadSitting(unloaded);
    expect((await rowCounts()).statements).toBeLessThan(loaded.statements!);
    const id = await recordRun(
      "hansard-debates",
      documents.map((d) => ({ ...d, status: d.document === unrecorded || d.document === unloaded ? ("queued" as const) : ("succeeded" as const) })),
      6,
    );
    expect((await run(id)).documents_done).toBe(9);

    await fireCron();
    const resumed = await finished(id);
    expect(resumed.status).toBe("succeeded");
    expect(resumed.documents_done).toBe(resumed.documents_total);
    expect(resumed.documents.every((d) => d.status === "succeeded")).toBe(true);
    expect(await rowCounts()).toEqual(loaded);
  });

  it("is resumed when an admin starts a run of its source, which answers with that run", async () => {
    const loaded = await rowCounts();
    const documents = await documentsOf("ocd-divisions");
    const id = await recordRun(
      "ocd-divisions",
      documents.map((d) => ({ ...d, status: "queued" as const })),
      10,
    );

    const answered = await startRun("ocd-divisions");
    expect(answered.id).toBe(id);
    const resumed = await finished(id);
    expect(resumed).toMatchObject({ status: "succeeded", documents_done: documents.length, documents_failed: 0 });
    expect(await rowCounts()).toEqual(loaded);
  });

  it("is resumed from today's mirror when the platform came back on another address", async () => {
    const loaded = await rowCounts();
    // What a local platform started on another port left: its mirror's old address in every URL.
    const documents = (await documentsOf("openparliament-ridings")).map((d) => ({
      ...d,
      urls: d.urls.map((url) => url.replace(MIRROR, "http://127.0.0.1:41431/sources")),
      status: "queued" as const,
    }));
    const id = await recordRun("openparliament-ridings", documents, 10);

    await fireCron();
    const resumed = await finished(id);
    expect(resumed).toMatchObject({ status: "succeeded", documents_failed: 0 });
    expect(resumed.documents.every((d) => d.attempts === 0)).toBe(true);
    expect(await rowCounts()).toEqual(loaded);
  });

  it("is not resumed while its documents are still moving: Start a run answers it as it is", async () => {
    const documents = await documentsOf("openparliament-sessions");
    const id = await recordRun(
      "openparliament-sessions",
      documents.map((d) => ({ ...d, status: "queued" as const })),
      1,
    );
    const progress = async () =>
      (await env.PLATFORM.prepare("SELECT progress_at FROM etl_runs WHERE id = ?").bind(id).first<{ progress_at: string }>())!.progress_at;
    const before = await progress();

    expect((await startRun("openparliament-sessions")).id).toBe(id);
    await fireCron();
    expect(await progress()).toBe(before);
    expect((await run(id)).documents.map((d) => d.status)).toEqual(["queued"]);

    // Once the limit has passed, the cron picks it up.
    await env.PLATFORM.prepare("UPDATE etl_runs SET progress_at = ? WHERE id = ?")
      .bind(new Date(Date.now() - 6 * 60_000).toISOString(), id)
      .run();
    await fireCron();
    expect((await finished(id)).status).toBe("succeeded");
  });
});

describe("a message delivered again after its document was recorded", () => {
  it("starts the sources that waited for its run, which the first delivery failed to start", async () => {
    // What a first delivery leaves when it recorded the last document of openparliament-ridings,
    // closing the run, and then failed while starting the sources that depend on it (a publisher's
    // listing unreachable for a moment): the run done, ocd-divisions due and not started.
    const documents = await documentsOf("openparliament-ridings");
    const id = await recordRun(
      "openparliament-ridings",
      documents.map((d) => ({ ...d, status: "succeeded" as const })),
      0,
    );
    await env.PLATFORM.prepare("UPDATE etl_runs SET status = 'succeeded', finished_at = progress_at WHERE id = ?").bind(id).run();
    const due = new Date(Date.now() - 31 * 24 * 3_600_000).toISOString();
    await env.PLATFORM.prepare("UPDATE etl_datasets SET last_success_at = ? WHERE source = 'ocd-divisions'").bind(due).run();
    const since = new Date().toISOString();

    await queueJobs(id, "openparliament-ridings", documents.slice(0, 1));
    const started = await eventually(
      () =>
        env.PLATFORM.prepare("SELECT id, trigger FROM etl_runs WHERE source = 'ocd-divisions' AND started_at >= ?")
          .bind(since)
          .first<{ id: string; trigger: string }>()
          .then((row) => row ?? undefined),
      30_000,
      "a run of ocd-divisions",
    );
    expect(started.trigger).toBe("dependency");
    expect((await finished(started.id)).status).toBe("succeeded");
    // The document itself is not loaded a second time.
    expect((await run(id)).documents.every((d) => d.status === "succeeded" && d.attempts === 0)).toBe(true);
  });
});
