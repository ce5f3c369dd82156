// How the web app's API types (web/src/api/schema.d.ts) are made from the OpenAPI document the
// gateway serves: the one place for openapi-typescript's options and the file's header, shared by
// `npm run api:types` (scripts/api-types.mjs), which writes the file, and the browser test
// test/browser/api-types.test.ts, which fails when the committed file is not what the served
// document gives. Both call generateApiTypes(), so their output is byte for byte the same.
import openapiTS, { astToString } from "openapi-typescript";
import { join } from "node:path";
import { root } from "./workers.mjs";

/** The generated file, committed. */
export const API_TYPES_FILE = join(root, "web", "src", "api", "schema.d.ts");

/** Where the gateway serves the document, on any origin. */
export const DOCUMENT_PATH = "/api/v1/openapi.json";

/** openapi-typescript's options (its defaults otherwise; see its docs for each). */
export const API_TYPES_OPTIONS = Object.freeze({
  // Keep the document's order: it is stable (services in SERVICES order, routes as registered).
  alphabetize: false,
  // A property with a default is optional: the caller may leave it out (`tier` of a new API key);
  // openapi-typescript's default would make it required.
  defaultNonNullable: false,
  // Warnings would only repeat what `npm run lint:api` reports.
  silent: true,
});

const HEADER = `/**
 * GENERATED FILE: do not edit. The OpenPolicy API's types, made by openapi-typescript from the
 * OpenAPI document the gateway serves at ${DOCUMENT_PATH}.
 *
 * Regenerate with \`npm run api:types\` while \`npm start\` runs (options: scripts/api-types-options.mjs).
 * test/browser/api-types.test.ts fails when this file is not what the served document gives.
 */

`;

/**
 * The TypeScript declarations for an OpenAPI document (its JSON text, or the parsed object, which
 * is not modified).
 *
 * @param {string | object} document
 * @returns {Promise<string>}
 */
export async function generateApiTypes(document) {
  // openapi-typescript may annotate the object it is given: it gets a copy of its own.
  const schema = JSON.parse(typeof document === "string" ? document : JSON.stringify(document));
  const missing = schema["x-missing-services"];
  if (Array.isArray(missing) && missing.length) {
    throw new Error(`The OpenAPI document is partial: these services did not answer the gateway: ${missing.join(", ")}.`);
  }
  const ast = await openapiTS(withoutMediaExamples(schema), { ...API_TYPES_OPTIONS });
  return HEADER + astToString(ast);
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * The document without its answers' and bodies' examples (`content.<media type>.example(s)`: real
 * answers captured by `npm run api:examples`, src/openapi/examples.json). They say nothing about
 * types, and would otherwise land in the file as comments of thousands of lines that change with
 * every capture. The schemas' own examples (a field's `example`) stay, as documentation.
 */
function withoutMediaExamples(doc) {
  const strip = (holder) => {
    for (const media of Object.values(holder?.content ?? {})) {
      delete media.example;
      delete media.examples;
    }
  };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      strip(operation.requestBody);
      for (const response of Object.values(operation.responses ?? {})) strip(response);
    }
  }
  for (const response of Object.values(doc.components?.responses ?? {})) strip(response);
  for (const body of Object.values(doc.components?.requestBodies ?? {})) strip(body);
  return doc;
}
