import type { OpenAPIHono } from "@hono/zod-openapi";
import { errorMessage, withTimeout } from "#shared/health/checks";
import { log } from "#shared/http/logger";
import { SERVICES } from "#shared/service/names";
import type { OpenAPIDocument } from "#shared/service/rpc";
import { completeContract } from "../openapi/contract";
import { mergeDocuments } from "../openapi/merge";
import { serviceBinding } from "./forward";

const DOCUMENT_PATH = "/api/v1/openapi.json";

/** Services deploy on their own, so the merged document is rebuilt at most this often per isolate. */
const CACHE_MS = 60_000;

/**
 * The document the OpenAPI library builds (openapi3-ts's `OpenAPIObject`) as an `OpenAPIDocument`,
 * the plain JSON the services answer theirs in: the same values, with its paths and components
 * copied from the library's interfaces into plain records.
 */
function plainDocument({ paths, components, ...rest }: ReturnType<OpenAPIHono["getOpenAPI31Document"]>): OpenAPIDocument {
  return {
    ...rest,
    ...(paths ? { paths: Object.fromEntries(Object.entries(paths).map(([path, item]) => [path, { ...item }])) } : {}),
    ...(components ? { components: { ...components } } : {}),
  };
}

export function registerOpenApi(app: OpenAPIHono<{ Bindings: Env }>): void {
  let cached: { doc: OpenAPIDocument; until: number } | undefined;
  app.get(DOCUMENT_PATH, async (c) => {
    if (!cached || cached.until < Date.now()) {
      const gateway = plainDocument(
        app.getOpenAPI31Document({
          openapi: "3.1.0",
          info: {
            title: "OpenPolicy API",
            version: "1.0.0",
            // The code's licence (LICENSE); the data keeps its publishers' terms (data/sources/README.md).
            license: { name: "MIT", url: "https://opensource.org/license/mit" },
            description:
              "Open civic data for Canadian democracy: members, bills, divisions and ballots, debates, " +
              "committees, representatives, search, alerts. Errors are RFC 9457 problem+json; lists page by cursor.",
          },
          // The API is served from the origin this document is read from, whatever that is.
          servers: [{ url: "/", description: "The origin serving this document." }],
          tags: [{ name: "gateway", description: "Platform-wide endpoints the gateway answers itself." }],
        }),
      );
      const results = await Promise.all(
        SERVICES.map(async (name) => {
          try {
            return { name, doc: await withTimeout(serviceBinding(c.env, name).openapi(), 2000, `${name} openapi`) };
          } catch (err) {
            log("warn", "service document unavailable", { service: name, error: errorMessage(err) });
            return { name, doc: undefined };
          }
        }),
      );
      const missing = results.filter((r) => !r.doc).map((r) => r.name);
      const doc = completeContract(
        mergeDocuments(
          gateway,
          results.flatMap((r) => (r.doc ? [{ name: r.name, doc: r.doc }] : [])),
        ),
      );
      if (missing.length) {
        // Say which parts are absent rather than serve a partial document as if it were whole,
        // and do not cache it.
        doc["x-missing-services"] = missing;
        c.header("cache-control", "no-store");
        return c.json(doc);
      }
      cached = { doc, until: Date.now() + CACHE_MS };
    }
    c.header("cache-control", "public, max-age=60");
    return c.json(cached.doc);
  });
}
