import { describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import { exposureProblems } from "../scripts/service-exposure.mjs";

/** Each service's wrangler.toml as text, read at build time. */
const configs = import.meta.glob<string>("../workers/*/wrangler.toml", { query: "?raw", import: "default", eager: true });

describe("services have no public address", () => {
  it("every service's config turns off workers.dev and preview URLs and has no routes", () => {
    expect(Object.keys(configs)).toHaveLength(SERVICES.length);
    for (const [path, toml] of Object.entries(configs)) expect(exposureProblems(path, toml), path).toEqual([]);
  });

  it("names what would expose a service, so deploy refuses it", () => {
    const exposed = `name = "openpolicy-etl"\nmain = "src/index.ts"\nworkers_dev = true\nroute = "etl.example.org/*"\n\n[vars]\npreview_urls = false\n`;
    expect(exposureProblems("etl", exposed)).toEqual([
      "etl: set workers_dev = false (a service must have no public workers.dev address)",
      "etl: set preview_urls = false (a service must have no public preview URLs)",
      "etl: remove its routes (only the gateway is routed to)",
    ]);
    // Absent is not off: wrangler's default gives a Worker a workers.dev address.
    expect(exposureProblems("etl", `name = "openpolicy-etl"\n`)).toHaveLength(2);
  });
});
