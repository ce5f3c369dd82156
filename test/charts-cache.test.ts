import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCivicDataVersion } from "../shared/civic/data-version";
import { removeSession, seedSession, type TestSession } from "./charts-fixture";
import { eventually, gateway } from "./helpers";
import type { Schema } from "../web/src/api/operations";

/**
 * Chart data is cached per civic data version: a chart read twice is computed once, a row
 * changed under it does not show until the ETL records a new version, and then it shows at once.
 * This file changes the rows of its own session (94-1), never the real corpus.
 */

let t: TestSession;

beforeAll(async () => {
  await removeSession(94);
  t = await seedSession(94);
});

afterAll(() => removeSession(94));

const redRow = async (response: Response) => ((await response.json()) as Schema<"ChartVoteByParty">).data.rows.find((r) => r.party === t.red);

/** Reads the chart until the cache has stored it (stored after a response, so not at once). */
const cachedRead = (path: string) =>
  eventually(
    async () => {
      const response = await gateway(path);
      return response.headers.get("cache-status") === "openpolicy-charts; hit" ? response : undefined;
    },
    10_000,
    `${path} to be cached`,
  );

describe("the chart cache", () => {
  it("serves a chart read again from the cache, saying so in Cache-Status", async () => {
    const path = `/api/v1/charts/party-cohesion?session=${t.code}`;
    const first = await gateway(path);
    expect(first.headers.get("cache-status")).toBe("openpolicy-charts; fwd=uri-miss");
    const again = await cachedRead(path);
    expect(await again.json()).toEqual(await first.json());
  });

  it("keeps serving what it holds when a row changes, and the new numbers once the ETL records a new data version", async () => {
    const path = `/api/v1/charts/vote-by-party?session=${t.code}&number=1`;
    expect(await redRow(await gateway(path))).toMatchObject({ yea: 3, nay: 1 });
    await cachedRead(path);

    // What a load does: rows change (Dov now votes yea, as the ETL's upsert would write it)…
    await env.CIVIC.prepare("UPDATE ballots SET ballot = 'yea' WHERE division_id = ? AND member_id = ?").bind(t.division(1), t.member(4)).run();
    const stale = await gateway(path);
    expect(stale.headers.get("cache-status")).toBe("openpolicy-charts; hit");
    expect(await redRow(stale)).toMatchObject({ yea: 3, nay: 1 });

    // …and the run that wrote them records a new version when it finishes.
    await recordCivicDataVersion(env.CONFIG, crypto.randomUUID());
    const fresh = await gateway(path);
    expect(fresh.headers.get("cache-status")).toBe("openpolicy-charts; fwd=uri-miss");
    expect(await redRow(fresh)).toMatchObject({ yea: 4, nay: 0 });
    // The CSV twin reads the same, fresh data.
    const csv = await (await gateway(`/api/v1/charts/vote-by-party.csv?session=${t.code}&number=1`)).text();
    expect(csv.split("\r\n")[1]).toBe(`${t.red},Red,Rouge,4,0,1,5`);
  });
});

describe("HTTP caching", () => {
  it("tags a chart with an ETag and a short public lifetime, and answers 304 to a client holding it", async () => {
    const path = `/api/v1/charts/party-cohesion?session=${t.code}&lang=fr`;
    const response = await gateway(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("vary")).toBe("Accept-Language");
    expect(response.headers.get("content-language")).toBe("fr");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const again = await gateway(path, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    // Another language is another body, and another tag.
    expect((await gateway(path.replace("lang=fr", "lang=en"))).headers.get("etag")).not.toBe(etag);
  });

  it("tags the CSV twin too", async () => {
    const path = `/api/v1/charts/party-cohesion.csv?session=${t.code}`;
    const etag = (await gateway(path)).headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await gateway(path, { headers: { "if-none-match": etag } })).status).toBe(304);
  });
});
