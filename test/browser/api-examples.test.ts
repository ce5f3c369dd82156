/**
 * The examples in the OpenAPI document, checked on the document the browser journeys' platform
 * serves: every 2xx answer with a body carries an example (real answers captured by
 * `npm run api:examples` into src/openapi/examples.json, added by the gateway), and every example
 * validates with ajv (JSON Schema 2020-12) against the schema of its answer. A route whose answer
 * changed shape fails here until its example is captured again. (Redocly's
 * `no-invalid-media-type-examples`, in api-contract.test.ts, checks them too, stricter about
 * properties a schema does not declare.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clientAddress, platform } from "./browser";
import { operationsOf, schemaValidation, type Operation } from "../../scripts/api-operations.mjs";

type Json = Record<string, unknown>;

let doc: Json & { paths: Record<string, Record<string, Operation["op"]>> };

beforeAll(async () => {
  const response = await fetch(`${platform().apiUrl}/api/v1/openapi.json`, { headers: { "cf-connecting-ip": clientAddress() } });
  expect(response.status).toBe(200);
  doc = (await response.json()) as typeof doc;
});

/** Every 2xx answer's content of every operation: `getMembers 200 application/json`. */
function successes(): { label: string; media: Json & { schema?: Json; example?: unknown; examples?: Record<string, { value?: unknown }> } }[] {
  return operationsOf(doc).flatMap((o) =>
    Object.entries(o.op.responses)
      .filter(([status]) => status.startsWith("2"))
      .flatMap(([status, response]) =>
        Object.entries((response.content ?? {}) as Record<string, Json>).map(([type, media]) => ({ label: `${o.op.operationId} ${status} ${type}`, media })),
      ),
  );
}

describe("the OpenAPI document's examples", () => {
  it("are on every 2xx answer that has a body", () => {
    const all = successes();
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter(({ media }) => media.example === undefined && media.examples === undefined).map((s) => s.label)).toEqual([]);
  });

  it("each validate against the schema of their answer", () => {
    const validation = schemaValidation(doc);
    const failures = successes().flatMap(({ label, media }) => {
      const values = media.example !== undefined ? [media.example] : Object.values(media.examples ?? {}).map((e) => e.value);
      return values.flatMap((value) => {
        const problems = media.schema ? validation.problems(media.schema, value) : undefined;
        return problems ? [`${label}: ${problems}`] : [];
      });
    });
    expect(failures).toEqual([]);
  });
});
