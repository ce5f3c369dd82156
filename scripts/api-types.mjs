// `npm run api:types`: regenerates the web app's API types (web/src/api/schema.d.ts) from the
// OpenAPI document a running platform serves, with openapi-typescript and the options in
// scripts/api-types-options.mjs (the same ones test/browser/api-types.test.ts checks the file with).
//
//   npm run api:types                         from `npm start` (http://localhost:${PORT ?? 8787})
//   npm run api:types -- https://api.example.org
//   npm run api:types -- --start              starts a throwaway platform of its own for it (a
//                                             minute or two: a copy of the checkout, free ports,
//                                             its own state), reads the document and stops it
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { API_TYPES_FILE, DOCUMENT_PATH, generateApiTypes } from "./api-types-options.mjs";
import { copyCheckout } from "./platform.mjs";
import { root } from "./workers.mjs";

const args = process.argv.slice(2);
const start = args.includes("--start");
const base = (args.find((a) => !a.startsWith("--")) ?? `http://localhost:${process.env.PORT ?? 8787}`).replace(/\/$/, "");

let text;
try {
  text = start ? await fromOwnPlatform() : await fetchDocument(base);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

let generated;
try {
  generated = await generateApiTypes(text);
} catch (err) {
  console.error(`Could not generate the types: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const file = relative(root, API_TYPES_FILE);
let before = "";
try {
  before = readFileSync(API_TYPES_FILE, "utf8");
} catch {
  // first generation
}
if (before === generated) {
  console.log(`${file} is already current.`);
} else {
  writeFileSync(API_TYPES_FILE, generated);
  console.log(`Wrote ${file} (${generated.split("\n").length} lines). Run \`npm run typecheck\` to see what the change touches.`);
}

/** The document's text from a platform at `origin`, or a message saying how to get one running. */
async function fetchDocument(origin) {
  const url = `${origin}${DOCUMENT_PATH}`;
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  } catch (err) {
    throw new Error(
      `Nothing answered at ${url} (${err?.cause?.code ?? err?.message ?? err}).\n` +
        "The OpenAPI document is assembled by the running gateway from every service: run `npm start` first " +
        "(in another terminal), then `npm run api:types` again; or `npm run api:types -- --start` to have it start " +
        "a platform of its own for the purpose.",
    );
  }
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return response.text();
}

/** Starts the platform from a copy of the checkout on free ports, reads the document, stops it. */
async function fromOwnPlatform() {
  const scratch = mkdtempSync(join(tmpdir(), "openpolicy-api-types-"));
  const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
  process.once("exit", cleanUp);
  const log = join(scratch, "platform.log");
  let platform;
  try {
    console.log("Starting a platform of its own (a copy of the checkout, free ports)…");
    const checkout = copyCheckout(join(scratch, "checkout"));
    const { startPlatform } = await import(pathToFileURL(join(checkout, "scripts", "platform.mjs")).href);
    platform = await startPlatform({
      port: 0,
      webPort: 0,
      devRegistry: join(scratch, "registry"),
      quiet: true,
      logFile: log,
      readyTimeoutMs: 180_000,
      cronClock: false,
    });
    if (!platform.up) throw new Error(platform.failure() ?? "The platform did not answer within 180 s.");
    return await fetchDocument(platform.apiUrl);
  } catch (err) {
    let tail = "";
    try {
      tail = readFileSync(log, "utf8").trimEnd().split("\n").slice(-30).join("\n");
    } catch {
      // no log yet
    }
    throw new Error(`${err instanceof Error ? err.message : String(err)}${tail ? `\n\nLast lines of the platform's output:\n${tail}` : ""}`);
  } finally {
    await platform?.stop();
  }
}
