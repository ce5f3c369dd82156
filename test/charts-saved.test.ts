import { env } from "cloudflare:test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "../workers/auth/test/client";
import { chart, removeSession, seedSession, type TestSession } from "./charts-fixture";
import { expectBadRequest, expectNotFound } from "./fixtures/civic-api";
import { gateway, readProblem } from "./helpers";
import { asGateway } from "./service-call";
import type { Schema } from "../web/src/api/operations";

/**
 * Saved, shareable charts: `POST /api/v1/charts` keeps a chart kind and its parameters for a
 * signed-in caller and answers a link; `GET /api/v1/charts/s/{id}` shows the definition and the
 * chart drawn from current data, to anyone. Uses a session of its own (93-1).
 */

let t: TestSession;
let token: string;
let userId: string;

beforeAll(async () => {
  await removeSession(93);
  t = await seedSession(93);
  const account = await signUp("charts");
  token = account.tokens.access_token;
  userId = account.tokens.user.id;
});

afterAll(() => removeSession(93));

function save(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }): Promise<Response> {
  return gateway("/api/v1/charts", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function saved(body: unknown): Promise<Schema<"SavedChartCreated">> {
  const response = await save(body);
  if (response.status !== 201) throw new Error(`POST /api/v1/charts: ${response.status} ${await response.text()}`);
  return (await response.json()) as Schema<"SavedChartCreated">;
}

type SavedChart = Schema<"SavedChart">;

async function show(url: string, init?: RequestInit): Promise<{ response: Response; body: SavedChart }> {
  const response = await gateway(url, init);
  expect(response.status, url).toBe(200);
  return { response, body: (await response.json()) as SavedChart };
}

describe("POST /api/v1/charts, then GET /api/v1/charts/s/{id}", () => {
  it("saves a chart and shows it, to anyone, drawn from current data in the saved language", async () => {
    const definition = { kind: "vote-by-party", session: t.code, number: 1, lang: "fr", title: "Le vote sur C-1" };
    const response = await save(definition);
    expect(response.status).toBe(201);
    const created = (await response.json()) as Schema<"SavedChartCreated">;
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(created.url).toBe(`/api/v1/charts/s/${created.id}`);
    expect(response.headers.get("location")).toBe(created.url);

    const { response: read, body } = await show(created.url);
    expect(body).toMatchObject({ id: created.id, url: created.url, definition, kind: "vote-by-party" });
    expect(Date.parse(body.created_at)).not.toBeNaN();
    const live = await chart(`vote-by-party?session=${t.code}&number=1`);
    expect(body.data).toEqual(live.data);
    expect(body.title).toEqual(live.title);
    expect(body.chart.options.plugins.title.text).toBe("Le vote sur C-1");
    expect(body.chart.data.labels).toEqual(["Rouge", "Bleu", "Parti inconnu"]);
    expect(read.headers.get("content-language")).toBe("fr");
    expect(read.headers.get("etag")).toBeTruthy();

    // A reader may still ask for the other language.
    const english = (await show(`${created.url}?lang=en`)).body;
    expect(english.chart.data.labels).toEqual(["Red", "Blue", "Unknown party"]);
    expect(english.chart.options.plugins.title.text).toBe("Le vote sur C-1");
  });

  it("draws a chart saved without language or title in the reader's, with the generated title", async () => {
    const { url } = await saved({ kind: "party-cohesion", session: t.code });
    const { body } = await show(url, { headers: { "accept-language": "fr-CA" } });
    expect(body.definition).toEqual({ kind: "party-cohesion", session: t.code });
    expect(body.chart.options.plugins.title.text).toBe(body.title.fr);
    expect((await show(url)).body.chart.options.plugins.title.text).toBe(body.title.en);
  });

  it("saves every kind", async () => {
    for (const definition of [
      { kind: "bills-by-stage", session: t.code },
      { kind: "member-activity", member: `t93-ada-chartwell` },
      { kind: "mentions-over-time", q: '"carbon tax"' },
    ]) {
      const { body } = await show((await saved(definition)).url);
      expect(body.definition).toEqual(definition);
      expect(body.kind).toBe(definition.kind);
    }
  });

  it("shows the numbers as they are now, not as they were when saved", async () => {
    const { url } = await saved({ kind: "bills-by-stage", session: t.code });
    const before = (await show(url)).body.data as { total: number };
    await env.CIVIC.prepare(
      "INSERT INTO bills (id, session_code, number, number_only, originating_chamber, status, source) VALUES (?, ?, 'C-9', 9, 'house', 'defeated', 'test')",
    )
      .bind(t.division(1) + 9, t.code)
      .run();
    // The ETL records a new data version when a load changes rows; this stands for one.
    await env.CONFIG.put("civic:data-version", crypto.randomUUID());
    const after = (await show(url)).body.data as { total: number; rows: { stage: string | null; bills: number }[] };
    expect(after.total).toBe(before.total + 1);
    expect(after.rows.find((r) => r.stage === "defeated")?.bills).toBe(1);
  });

  it("records who saved it", async () => {
    const { id } = await saved({ kind: "bills-by-stage", session: t.code });
    const row = await env.PLATFORM.prepare("SELECT kind, params, created_by FROM saved_charts WHERE id = ?").bind(id).first();
    expect(row).toEqual({ kind: "bills-by-stage", params: JSON.stringify({ session: t.code }), created_by: userId });
  });

  it("gives every chart its own id", async () => {
    const ids = await Promise.all([0, 1, 2].map(async () => (await saved({ kind: "bills-by-stage", session: t.code })).id));
    expect(new Set(ids).size).toBe(3);
  });
});

describe("who may save", () => {
  it("refuses an anonymous caller with 401, at the gateway and at the service, before reading the body", async () => {
    const response = await save({ kind: "bills-by-stage", session: t.code }, {});
    expect(response.status).toBe(401);
    expect((await readProblem(response)).status).toBe(401);

    const direct = await env.CHARTS.fetch("https://charts.internal/api/v1/charts", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "no such kind" }),
    });
    expect(direct.status).toBe(401);
    expect(direct.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("takes the caller the gateway passes on", async () => {
    const direct = await asGateway(env.CHARTS, "https://charts.internal/api/v1/charts", {
      method: "POST",
      caller: { kind: "api_key", userId: "user-from-key", apiKeyId: "key-1", roles: ["citizen"], tier: "citizen" },
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "bills-by-stage", session: t.code }),
    });
    expect(direct.status).toBe(201);
    const { id } = (await direct.json()) as Schema<"SavedChartCreated">;
    expect(await env.PLATFORM.prepare("SELECT created_by, api_key_id FROM saved_charts WHERE id = ?").bind(id).first()).toEqual({
      created_by: "user-from-key",
      api_key_id: "key-1",
    });
  });
});

describe("what is refused", () => {
  async function expectRefused(body: unknown, status: number, pointers: string[]) {
    const response = await save(body);
    expect(response.status, JSON.stringify(body)).toBe(status);
    const problem = await readProblem(response);
    expect(problem.errors?.map((e) => e.pointer).sort(), JSON.stringify(body)).toEqual([...pointers].sort());
    return problem;
  }

  it("names each bad field of the body with 400", async () => {
    const unknownKind = await expectRefused({ kind: "pie", session: t.code }, 400, ["json.kind"]);
    expect(unknownKind.errors?.[0]?.detail).toBe("must be one of vote-by-party, bills-by-stage, member-activity, party-cohesion, mentions-over-time");
    const missing = await expectRefused({ kind: "vote-by-party", session: t.code }, 400, ["json.number"]);
    expect(missing.errors?.[0]?.detail).toBe("is required");
    await expectRefused({ kind: "vote-by-party", session: "44", number: "first" }, 400, ["json.session", "json.number"]);
    await expectRefused({ kind: "bills-by-stage", session: t.code, number: 3 }, 400, ["json"]);
    await expectRefused({ kind: "bills-by-stage", session: t.code, lang: "de", title: "" }, 400, ["json.lang", "json.title"]);
    await expectRefused({ kind: "mentions-over-time", q: "-only -exclusions" }, 400, ["json.q"]);
  });

  it("refuses a body that is not JSON with 400", async () => {
    const response = await save("{ not json");
    expect(response.status).toBe(400);
    await readProblem(response);
  });

  it("refuses a chart of a session, division or member that does not exist with 422, naming the field", async () => {
    const division = await expectRefused({ kind: "vote-by-party", session: t.code, number: 99 }, 422, ["json.number"]);
    expect(division.detail).toBe(`No vote 99 in session ${t.code}.`);
    await expectRefused({ kind: "vote-by-party", session: "92-9", number: 1 }, 422, ["json.session"]);
    await expectRefused({ kind: "party-cohesion", session: "92-9" }, 422, ["json.session"]);
    await expectRefused({ kind: "member-activity", member: "nobody-at-all-t93" }, 422, ["json.member"]);
  });
});

describe("GET /api/v1/charts/s/{id}", () => {
  it("is a 404 for an id no chart has, and a 400 for one no chart could have", async () => {
    await expectNotFound("/api/v1/charts/s/AAAAAAAAAAAAAAAA", "No saved chart with id AAAAAAAAAAAAAAAA.");
    await expectBadRequest("/api/v1/charts/s/not-an-id", ["param.id"]);
  });

  it("is a 404 saying why when what it charts is gone", async () => {
    const { url, id } = await saved({ kind: "vote-by-party", session: t.code, number: 2 });
    await env.CIVIC.batch([
      env.CIVIC.prepare("DELETE FROM ballots WHERE division_id = ?").bind(t.division(2)),
      env.CIVIC.prepare("DELETE FROM divisions WHERE id = ?").bind(t.division(2)),
    ]);
    await env.CONFIG.put("civic:data-version", crypto.randomUUID());
    await expectNotFound(url, `Saved chart ${id} can no longer be drawn: No vote 2 in session ${t.code}.`);
  });
});
