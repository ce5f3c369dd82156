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
import { beforeAll, describe, expect, it } from "vitest";
import { account } from "./accounts";
import { api } from "./api";
import { clientAddress, platform } from "./browser";
import { operationsOf, realCalls, schemaValidation, signIn, type Operation } from "../../scripts/api-operations.mjs";
import { root } from "../../scripts/workers.mjs";

type Json = Record<string, unknown>;

let doc: Json & { paths: Record<string, Record<string, Operation["op"]>> };
let validation: ReturnType<typeof schemaValidation>;
const address = clientAddress();

beforeAll(async () => {
  const response = await fetch(`${platform().apiUrl}/api/v1/openapi.json`, { headers: { "cf-connecting-ip": address } });
  expect(response.status).toBe(200);
  doc = (await response.json()) as typeof doc;
  validation = schemaValidation(doc);
});

/** The declared response for a status (its `$ref` to a shared response followed), or undefined. */
function declared(op: Operation["op"], status: number): Json | undefined {
  const response = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
  const ref = response?.$ref as string | undefined;
  return ref ? (((doc.components as Json).responses as Json)[ref.split("/").at(-1)!] as Json) : response;
}

const failures: string[] = [];

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
  const problems = validation.problems(content[type]!.schema!, body);
  if (problems) failures.push(`${label}: ${problems}`);
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
    const { access_token: token } = await signIn(api, admin.email, admin.password);
    const auth = { authorization: `Bearer ${token}` };
    // Real ids from the loaded data for every path parameter, and a body each operation accepts
    // (scripts/api-operations.mjs, which `npm run api:examples` calls every operation with too).
    const calls = await realCalls(api, { ...admin, tag: "contract" }, auth);

    const all = operationsOf(doc);
    expect(all.length).toBeGreaterThan(60);
    // Writes that end what later calls need go last.
    const last = (o: Operation) => (o.method === "delete" || o.path.endsWith("/logout") ? 1 : 0);
    for (const o of [...all].sort((a, b) => last(a) - last(b))) {
      const url = calls.url(o);
      const body = calls.body(o);
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
