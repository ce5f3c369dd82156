/**
 * The API contract, checked from outside with tools nobody here wrote, against the platform the
 * browser journeys use (real data, real gateway): `/api/v1/openapi.json` passes Redocly's
 * recommended rules, and every operation it lists is called with real ids from the loaded data,
 * every answer (success and error) validated with ajv (JSON Schema 2020-12) against the schema the
 * document declares for its status. An answer the document does not describe fails the test.
 * No Chromium here: this file shares the journeys' platform, not their browser.
 */
import { lintFromString, loadConfig } from "@redocly/openapi-core";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { account } from "./accounts";
import { api } from "./api";
import { clientAddress, platform } from "./browser";
import { root } from "../../scripts/workers.mjs";

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  op: Json & { responses: Record<string, Json>; parameters?: Json[]; requestBody?: unknown; security?: Json[] };
}

const METHODS = ["get", "post", "put", "patch", "delete"];
let doc: Json & { paths: Record<string, Record<string, Operation["op"]>> };
let ajv: Ajv2020;
const address = clientAddress();

beforeAll(async () => {
  const response = await fetch(`${platform().apiUrl}/api/v1/openapi.json`, { headers: { "cf-connecting-ip": address } });
  expect(response.status).toBe(200);
  doc = (await response.json()) as typeof doc;
  ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  // Responses refer to `#/components/schemas/X`: the document itself is the schema registry.
  ajv.addSchema({ $id: "openapi.json", components: doc.components } as Json);
});

function operations(): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method]! })));
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    const rebased = JSON.parse(key.replaceAll('"#/components/', '"openapi.json#/components/')) as Json;
    validate = ajv.compile(rebased);
    validators.set(key, validate);
  }
  return validate;
}

/** The declared response for a status (its `$ref` to a shared response followed), or undefined. */
function declared(op: Operation["op"], status: number): Json | undefined {
  const response = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
  const ref = response?.$ref as string | undefined;
  return ref ? ((doc.components as Json).responses as Json)[ref.split("/").at(-1)!] as Json : response;
}

const failures: string[] = [];

/**
 * Signs in through the API. Granting admin writes to the local D1 files under the running dev
 * server, which restarts the Worker that holds them; a sign-in in that moment is answered 503
 * "restarted mid-request" (only GETs are retried by the server), so it is sent again.
 */
async function signedIn(email: string, password: string, device_name?: string): Promise<{ access_token: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api<{ access_token: string }>("/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password, ...(device_name ? { device_name } : {}) }),
      });
    } catch (err) {
      if (attempt >= 5 || !String(err).includes("restarted mid-request")) throw err;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Calls one operation and checks the answer against the document; returns the parsed body. */
async function check(o: Operation, url: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<unknown> {
  const response = await fetch(`${platform().apiUrl}${url}`, { ...init, headers: { "cf-connecting-ip": address, ...init.headers } });
  const label = `${o.method.toUpperCase()} ${url} → ${response.status}`;
  const text = await response.text();
  if (response.status === 304) return undefined;
  const spec = declared(o.op, response.status);
  if (!spec) {
    failures.push(`${label}: status not declared (${text.slice(0, 200)})`);
    return undefined;
  }
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const content = spec.content as Record<string, { schema?: Json }> | undefined;
  if (!content) {
    if (text !== "") failures.push(`${label}: a body the document does not declare (${type})`);
    return undefined;
  }
  if (!content[type]) {
    failures.push(`${label}: content type ${type || "(none)"} not declared (${Object.keys(content).join(", ")})`);
    return undefined;
  }
  if (!/json/.test(type) || !content[type]!.schema) return text;
  const body = JSON.parse(text) as unknown;
  const validate = validatorFor(content[type]!.schema!);
  if (!validate(body)) failures.push(`${label}: ${ajv.errorsText(validate.errors?.slice(0, 5))}`);
  return body;
}

describe("answers outside the document", () => {
  it("are problem+json too: a write to the API reference is a 405 naming what it takes", async () => {
    for (const path of ["/docs/", "/docs/index.html"]) {
      const response = await fetch(`${platform().apiUrl}${path}`, { method: "POST", headers: { "cf-connecting-ip": address }, body: "{}" });
      expect(response.status, path).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(((await response.json()) as { detail: string }).detail).toContain("POST is not allowed");
    }
  });
});

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no error or warning", async () => {
    const config = await loadConfig({ configPath: join(root, "redocly.yaml") });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: "openapi.json", config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`)).toEqual([]);
  });

  it("answers every operation as it declares, with real ids, for callers with and without credentials", async () => {
    const admin = await account("contract", { admin: true });
    const { access_token: token } = await signedIn(admin.email, admin.password);
    const auth = { authorization: `Bearer ${token}` };
    const first = async <T>(path: string) => (await api<{ data: T[] }>(path, { headers: auth })).data[0]!;

    // Real ids from the loaded data, for every path parameter the document uses.
    const vote = await first<{ session: string; number: number }>("/votes?session=44-1&limit=1");
    const bill = await first<{ session: string; number: string }>("/bills?limit=1");
    const member = await first<{ id: number | null; slug: string }>("/members?q=Collins&limit=1");
    const riding = await first<{ edid: number }>("/ridings?limit=1");
    const debate = await first<{ date: string }>("/debates?limit=1");
    const committee = await first<{ slug: string }>("/committees?limit=1");
    const meeting = await first<{ session: string; number: number }>(`/committees/${committee.slug}/meetings?limit=1`);
    const representative = await first<{ jurisdiction: { slug: string }; slug: string }>("/representatives?limit=1");
    const run = await first<{ id: string }>("/etl/runs?limit=1");
    const user = await first<{ id: string }>("/auth/users?limit=1");
    const chart = await api<{ id: string }>("/charts", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ kind: "vote-by-party", session: vote.session, number: vote.number }),
    });
    const key = await api<{ id: string }>("/auth/api-keys", { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ name: "contract" }) });
    const second = await signedIn(admin.email, admin.password, "to end");
    // The session to end: the one signed in just now, "to end".
    const session = (await api<{ data: { id: string; device_name: string | null }[] }>("/auth/sessions", { headers: auth })).data.find((s) => s.device_name === "to end")!;
    expect(second.access_token).toBeTruthy();

    const ids: Record<string, string> = {
      "{code}": vote.session,
      "{edid}": String(riding.edid),
      "{date}": debate.date,
      "{jurisdiction}": representative.jurisdiction.slug,
    };
    const path = (o: Operation): string => {
      const p = o.path;
      const fill = (values: Record<string, string | number>) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, encodeURIComponent(String(v))), p);
      if (p.startsWith("/api/v1/bills/")) return fill(bill);
      if (p.startsWith("/api/v1/votes/")) return fill(vote);
      if (p.startsWith("/api/v1/members/")) return fill({ id: member.id ?? member.slug });
      if (p.startsWith("/api/v1/committees/")) return fill({ slug: committee.slug, session: meeting.session, number: meeting.number });
      if (p.startsWith("/api/v1/representatives/")) return fill({ jurisdiction: representative.jurisdiction.slug, slug: representative.slug });
      if (p.startsWith("/api/v1/etl/runs/")) return fill({ id: run.id });
      if (p.startsWith("/api/v1/charts/s/")) return fill({ id: chart.id });
      if (p.startsWith("/api/v1/auth/users/")) return fill({ id: user.id });
      if (p.startsWith("/api/v1/auth/api-keys/")) return fill({ id: key.id });
      if (p.startsWith("/api/v1/auth/sessions/")) return fill({ id: session.id });
      if (p.startsWith("/api/v1/postcodes/")) return fill({ code: "K1A0A6" });
      return Object.entries(ids).reduce((s, [k, v]) => s.replaceAll(k, v), p);
    };
    const QUERY: Record<string, string> = { session: vote.session, number: String(vote.number), member: String(member.id ?? member.slug), q: "tax" };
    const query = (o: Operation) => {
      const required = (o.op.parameters ?? []).filter((p) => p.in === "query" && p.required).map((p) => `${p.name}=${encodeURIComponent(QUERY[p.name as string] ?? "")}`);
      return required.length ? `?${required.join("&")}` : "";
    };
    const BODIES: Record<string, Json> = {
      "patch /api/v1/auth/api-keys/{id}": { tier: "free" },
      "patch /api/v1/auth/me": { locale: "en" },
      "patch /api/v1/auth/users/{id}": { roles: ["citizen", "admin"] },
      "post /api/v1/charts": { kind: "party-cohesion", session: vote.session },
      "post /api/v1/auth/api-keys": { name: "contract two" },
      // The rest are called with an empty object: each answers what it answers to that (a 400 naming the fields).
    };

    const all = operations();
    expect(all.length).toBeGreaterThan(60);
    // Writes that end what later calls need go last.
    const last = (o: Operation) => (o.method === "delete" || o.path.endsWith("/logout") ? 1 : 0);
    for (const o of [...all].sort((a, b) => last(a) - last(b))) {
      const url = `${path(o)}${query(o)}`;
      const body = o.op.requestBody !== undefined ? JSON.stringify(BODIES[`${o.method} ${o.path}`] ?? {}) : undefined;
      const headers = { ...auth, ...(body !== undefined ? { "content-type": "application/json" } : {}) };
      await check(o, url, { method: o.method.toUpperCase(), headers, body });
      // Without credentials: a protected operation is a 401; with credentials that do not verify, every one is.
      const open = (o.op.security ?? []).some((s) => Object.keys(s).length === 0);
      if (!open) await check(o, url, { method: o.method.toUpperCase(), body, headers: body !== undefined ? { "content-type": "application/json" } : {} });
      if (o.method === "get") await check(o, url, { headers: { authorization: "Bearer not-a-token" } });
      // A body that is not JSON: refused as the document says (415), never a 500.
      if (body !== undefined) await check(o, url, { method: o.method.toUpperCase(), headers: { ...auth, "content-type": "text/plain" }, body: "not json" });
      // A path id that names nothing: a 404 (or a 400 when it is not an id at all), as declared.
      if (o.method === "get" && o.path.includes("{") && !o.path.startsWith("/api/v1/postcodes/")) {
        await check(o, url.replace(/\/[^/?]+(\?|$)/, "/zz-no-such-thing$1"), { headers: auth });
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
