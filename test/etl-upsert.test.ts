import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { committeeMeetings, committees } from "#shared/db/civic";
import { DocumentBatch } from "../workers/etl/src/load/batch";
import { idByKey, keyString, tableSpec, type RowOf } from "../workers/etl/src/load/upsert";

/**
 * What a document batch's upserts count, on tables whose writes fire the search index's triggers
 * (committees): inserted, updated and unchanged must add up to the rows given, never counting what
 * the triggers write, whether the rows take one JSON parameter or several, and whether a row's
 * key refers to a row the same batch creates.
 */

const COMMITTEES = tableSpec(committees, {
  columns: ["slug", "acronym", "name_en", "name_fr", "source"],
  key: ["slug"],
  updateColumns: ["acronym", "name_en", "name_fr"],
  fillColumns: ["name_fr"],
  touchesUpdatedAt: true,
});

const MEETINGS = tableSpec(committeeMeetings, {
  columns: ["committee_id", "session_code", "number", "date", "document_id", "source"],
  key: ["committee_id", "session_code", "number"],
});

const committee = (slug: string, name: string, nameFr: string | null = null): RowOf<typeof COMMITTEES> => ({
  slug,
  acronym: slug.toUpperCase(),
  name_en: name,
  name_fr: nameFr,
  source: "test",
});

async function load(rows: RowOf<typeof COMMITTEES>[]) {
  const batch = new DocumentBatch(env.CIVIC);
  const inserted = batch.upsert(COMMITTEES, rows);
  const counts = await batch.commit();
  return { counts, inserted };
}

describe("upserts in a document batch", () => {
  it("count inserts, updates and unchanged rows exactly, on a table with triggers", async () => {
    const first = await load([committee("upsert-a", "Alpha"), committee("upsert-b", "Beta"), committee("upsert-c", "Gamma")]);
    expect(first.counts).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(first.inserted.size).toBe(3);

    // One renamed, one given its French name (a gap filled), one as it was, one new; the last of
    // two rows with one key wins.
    const second = await load([
      committee("upsert-a", "Alpha renamed"),
      committee("upsert-b", "Beta", "Bêta"),
      committee("upsert-c", "Gamma"),
      committee("upsert-d", "Delta"),
      committee("upsert-d", "Delta, last"),
    ]);
    expect(second.counts).toEqual({ inserted: 1, updated: 2, unchanged: 1 });
    expect(second.inserted.has(keyString(COMMITTEES, { slug: "upsert-d" }))).toBe(true);
    expect(second.inserted.has(keyString(COMMITTEES, { slug: "upsert-a" }))).toBe(false);
    const d = await env.CIVIC.prepare("SELECT name_en FROM committees WHERE slug = 'upsert-d'").first<{ name_en: string }>();
    expect(d?.name_en).toBe("Delta, last");

    // A filled gap is never overwritten by the next load.
    const third = await load([committee("upsert-b", "Beta", "Autre"), committee("upsert-d", "Delta, last")]);
    expect(third.counts).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it("count rows that take several JSON parameters, and rows whose key names a row the batch creates", async () => {
    // About 2.4 MB of names: more than one JSON parameter holds.
    const many = Array.from({ length: 2_000 }, (_, i) => committee(`upsert-many-${i}`, `Committee ${i} ${"é".repeat(600)}`));
    const first = await load(many);
    expect(first.counts).toEqual({ inserted: 2_000, updated: 0, unchanged: 0 });
    const again = await load(many.map((row, i) => (i % 500 === 0 ? { ...row, name_en: `Renamed ${i}` } : row)));
    expect(again.counts).toEqual({ inserted: 0, updated: 4, unchanged: 1_996 });

    await env.CIVIC.prepare(
      "INSERT INTO sessions (code, parliament_number, session_number, name_en, source) VALUES ('98-1', 98, 1, 'Test session', 'test') ON CONFLICT DO NOTHING",
    ).run();
    const meeting = (number: number) => ({
      committee_id: idByKey(committees, { slug: "upsert-new" }),
      session_code: "98-1",
      number,
      date: "2020-01-01",
      document_id: null,
      source: "test",
    });
    const batch = new DocumentBatch(env.CIVIC);
    batch.upsert(COMMITTEES, [committee("upsert-new", "New")]);
    const meetings = batch.upsert(MEETINGS, [meeting(1), meeting(2)]);
    expect(() => meetings.size).toThrow(/once the batch has committed/);
    expect(await batch.commit()).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(meetings.has(keyString(MEETINGS, meeting(1)))).toBe(true);

    const reload = new DocumentBatch(env.CIVIC);
    reload.upsert(COMMITTEES, [committee("upsert-new", "New")]);
    reload.upsert(MEETINGS, [meeting(1), meeting(2), meeting(3)]);
    expect(await reload.commit()).toEqual({ inserted: 1, updated: 0, unchanged: 3 });
  });
});
