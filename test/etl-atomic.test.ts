import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { documentsOf, finished, fireCron, loadEverything, queueJobs, recordRun, rowCounts, run } from "./etl-driver";

/**
 * Each document is written in one transaction: a Represent roster's jurisdiction, people and
 * offices are all there or none are. No record of the real files passes validation and is then
 * refused, so the test makes the database refuse one office of a roster (a trigger, standing in
 * for a constraint the record breaks), after the jurisdiction and the people are written.
 */

beforeAll(() => loadEverything(), 150_000);

const REFUSE = "etl_atomic_test_refuses_an_office";

describe("a Represent roster the database refuses part-way", () => {
  it("leaves nothing of the roster, and loads whole once the retry goes through", async () => {
    const loaded = await rowCounts();
    // A municipal council with a few people, each with an office or more.
    const roster = (await env.CIVIC.prepare(
      `SELECT j.slug, count(DISTINCT r.id) AS people, count(o.position) AS offices FROM jurisdictions j
       JOIN representatives r ON r.jurisdiction_id = j.id JOIN representative_offices o ON o.representative_id = r.id
       WHERE j.source = 'represent' GROUP BY j.id HAVING count(DISTINCT r.id) BETWEEN 5 AND 30 ORDER BY j.slug LIMIT 1`,
    ).first<{ slug: string; people: number; offices: number }>())!;
    const document = (await documentsOf("represent")).find((d) => d.document === `represent/${roster.slug}.json`)!;
    await env.CIVIC.prepare("DELETE FROM jurisdictions WHERE slug = ?").bind(roster.slug).run();
    const without = await rowCounts();
    expect(loaded.representatives! - without.representatives!).toBe(roster.people);

    await env.CIVIC.prepare(
      `CREATE TRIGGER ${REFUSE} BEFORE INSERT ON representative_offices
       WHEN NEW.representative_id IN (SELECT r.id FROM representatives r JOIN jurisdictions j ON j.id = r.jurisdiction_id WHERE j.slug = '${roster.slug}')
       BEGIN SELECT RAISE(ABORT, 'this office is refused'); END`,
    ).run();
    const id = await recordRun("represent", [{ ...document, status: "queued" }], 0);
    try {
      await queueJobs(id, "represent", [document]);
      const refused = await finished(id);
      expect(refused.status).toBe("failed");
      expect(refused.documents[0]!.error).toMatch(/this office is refused/);
    } finally {
      await env.CIVIC.prepare(`DROP TRIGGER IF EXISTS ${REFUSE}`).run();
    }
    expect(await env.CIVIC.prepare("SELECT id FROM jurisdictions WHERE slug = ?").bind(roster.slug).first()).toBeNull();
    expect(await rowCounts()).toEqual(without);

    await env.PLATFORM.prepare("UPDATE etl_run_documents SET retry_at = ? WHERE run_id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), id)
      .run();
    await fireCron();
    expect((await finished(id)).status).toBe("succeeded");
    expect((await run(id)).inserted).toBe(1 + roster.people + roster.offices);
    expect(await rowCounts()).toEqual(loaded);
  });
});
