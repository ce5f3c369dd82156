import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { etl } from "./etl-driver";
import { gateway, readProblem } from "./helpers";
import type { Answer, Schema } from "../web/src/api/operations";

const runIds = Array.from({ length: 5 }, () => crypto.randomUUID());

beforeAll(async () => {
  // Five finished runs of a source no other test loads, a minute apart, newest last.
  await env.PLATFORM.batch(
    runIds.map((id, i) =>
      env.PLATFORM.prepare(
        `INSERT INTO etl_runs (id, source, trigger, status, started_at, finished_at, documents_total, documents_done, read, inserted, unchanged)
         VALUES (?, 'legisinfo', 'cron', 'succeeded', ?, ?, 1, 1, 10, 4, 6)`,
      ).bind(id, `2026-01-01T00:0${i}:00.000Z`, `2026-01-01T00:0${i}:30.000Z`),
    ),
  );
  await env.PLATFORM.prepare(
    "INSERT INTO etl_rejects (run_id, document, record_index, source_id, reason) VALUES (?, 'bills.json', 3, '1234', 'unknown session 99-9')",
  )
    .bind(runIds[4])
    .run();
});

describe("GET /api/v1/etl/runs", () => {
  it("lists runs newest first, filtered by source, paging by cursor with a total", async () => {
    const first = (await (await etl("/api/v1/etl/runs?source=legisinfo&limit=2")).json()) as Answer<"/api/v1/etl/runs">;
    expect(first.pagination.total).toBe(5);
    expect(first.data.map((r) => r.id)).toEqual([runIds[4], runIds[3]]);
    const second = (await (await etl(`/api/v1/etl/runs?source=legisinfo&limit=2&cursor=${first.pagination.next_cursor}`)).json()) as Answer<"/api/v1/etl/runs">;
    expect(second.data.map((r) => r.id)).toEqual([runIds[2], runIds[1]]);
  });

  it.each([
    ["an unknown source", "?source=nowhere", "query.source"],
    ["a limit of 0", "?limit=0", "query.limit"],
    ["an unknown status", "?status=paused", "query.status"],
    ["a forged cursor", "?cursor=bm90LWEtY3Vyc29y", "query.cursor"],
  ])("refuses %s with a 400 naming the field", async (_, query, pointer) => {
    const response = await etl(`/api/v1/etl/runs${query}`);
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.[0]?.pointer).toBe(pointer);
  });
});

describe("GET /api/v1/etl/runs/{id}", () => {
  it("shows a run with its documents, rejects and quality checks", async () => {
    const run = (await (await etl(`/api/v1/etl/runs/${runIds[4]}`)).json()) as Schema<"EtlRunDetail">;
    expect(run).toMatchObject({ status: "succeeded", inserted: 4 });
    expect(run.rejects).toEqual([{ document: "bills.json", record_index: 3, source_id: "1234", reason: "unknown session 99-9" }]);
  });

  it("answers 404 for an unknown run and 400 for an id that is not one", async () => {
    expect((await etl(`/api/v1/etl/runs/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await etl("/api/v1/etl/runs/42")).status).toBe(400);
  });
});

describe("POST /api/v1/etl/runs", () => {
  it("refuses an unknown source, and a body that is not JSON, with a 400", async () => {
    const unknown = await etl("/api/v1/etl/runs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ source: "tea-leaves" }),
    });
    expect(unknown.status).toBe(400);
    const garbled = await etl("/api/v1/etl/runs", { method: "POST", headers: { "content-type": "application/json" }, body: "{source:" });
    expect(garbled.status).toBe(400);
    expect((await readProblem(garbled)).status).toBe(400);
  });

  it("is closed to anonymous callers at the gateway", async () => {
    const response = await gateway("/api/v1/etl/runs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ source: "represent" }),
    });
    expect(response.status).toBe(401);
  });
});

describe("GET /api/v1/etl/sources", () => {
  it("is public and lists every source with its configuration and freshness", async () => {
    const response = await gateway("/api/v1/etl/sources");
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as Answer<"/api/v1/etl/sources">;
    expect(data.map((s) => s.name)).toEqual([
      "openparliament-sessions",
      "openparliament-parties",
      "openparliament-ridings",
      "openparliament-politicians",
      "ocd-divisions",
      "house-rosters",
      "parlinfo-members",
      "hansard-debates",
      "hansard-committees",
      "represent",
      "legisinfo",
    ]);
    expect(data.find((s) => s.name === "hansard-debates")?.depends_on).toContain("openparliament-politicians");
  });
});
