/**
 * The web app's API types (web/src/api/schema.d.ts, committed) are what the OpenAPI document the
 * platform serves gives today: generated again here from `/api/v1/openapi.json` of the platform
 * the browser tests share, with the same openapi-typescript options as `npm run api:types`
 * (scripts/api-types-options.mjs), and compared byte for byte. A route, parameter or schema
 * changed without regenerating the types fails here. No Chromium: one request and a generation.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { expect, it } from "vitest";
import { API_TYPES_FILE, DOCUMENT_PATH, generateApiTypes } from "../../scripts/api-types-options.mjs";
import { root } from "../../scripts/workers.mjs";
import { clientAddress, platform } from "./browser";

it("web/src/api/schema.d.ts is generated from the OpenAPI document the platform serves", async () => {
  const response = await fetch(`${platform().apiUrl}${DOCUMENT_PATH}`, { headers: { "cf-connecting-ip": clientAddress() } });
  expect(response.status).toBe(200);
  const generated = await generateApiTypes(await response.text());
  const committed = readFileSync(API_TYPES_FILE, "utf8");
  if (committed !== generated) expect.fail(staleMessage(committed, generated));
});

/** Says what to run, and where the committed file first differs from what the document gives. */
function staleMessage(committed: string, generated: string): string {
  const file = relative(root, API_TYPES_FILE);
  const was = committed.split("\n");
  const now = generated.split("\n");
  let line = 0;
  while (line < was.length && line < now.length && was[line] === now[line]) line++;
  const excerpt = (lines: string[], sign: string) =>
    lines
      .slice(line, line + 5)
      .map((text) => `${sign} ${text}`)
      .join("\n");
  return (
    `${file} is stale: it is not what the served OpenAPI document gives. ` +
    "Run `npm start`, then `npm run api:types` (or `npm run api:types -- --start`), and commit the file.\n" +
    `First difference at line ${line + 1} (${was.length} lines committed, ${now.length} generated):\n` +
    `${excerpt(was, "-")}\n${excerpt(now, "+")}`
  );
}
