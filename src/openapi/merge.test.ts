import { describe, expect, it } from "vitest";
import type { JsonValue } from "#shared/service/rpc";
import { mergeDocuments } from "./merge";

const doc = (paths: Record<string, Record<string, JsonValue>>, schemas: Record<string, JsonValue> = {}) => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths,
  components: { schemas },
});

describe("mergeDocuments", () => {
  it("unions paths, schemas and tags", () => {
    const merged = mergeDocuments(doc({ "/a": { get: {} } }), [
      { name: "s1", doc: { ...doc({ "/b": { get: {} } }, { B: { type: "string" } }), tags: [{ name: "s1" }] } },
    ]);
    expect(Object.keys(merged.paths!)).toEqual(["/a", "/b"]);
    expect(merged.components!.schemas!.B).toEqual({ type: "string" });
    expect(merged.tags).toEqual([{ name: "s1" }]);
  });

  it("keeps identical shared schemas once and renames conflicting ones with their refs", () => {
    const ref = { $ref: "#/components/schemas/Item" };
    const merged = mergeDocuments(doc({}, { Item: { type: "string" }, Same: { type: "integer" } }), [
      { name: "charts", doc: doc({ "/c": { get: { responses: { 200: { schema: ref } } } } }, { Item: { type: "number" }, Same: { type: "integer" } }) },
    ]);
    expect(merged.components!.schemas!.Item).toEqual({ type: "string" });
    expect(merged.components!.schemas!.charts_Item).toEqual({ type: "number" });
    expect(merged.components!.schemas!.charts_Same).toBeUndefined();
    expect(JSON.stringify(merged.paths!["/c"])).toContain("#/components/schemas/charts_Item");
  });
});
