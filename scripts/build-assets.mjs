// Lays out the gateway's static assets: the API reference page and the Swagger UI files it
// loads, served from our own origin so /docs works offline and makes no third-party requests.
// For local runs (`mirror: true`) it also serves data/sources/ under /sources/, with a
// manifest.json listing each folder, as the ETL's stand-in for the publishers' sites.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, ".build", "gateway-assets");
export const sourcesDir = join(root, "data", "sources");

/** `{ "<folder>": ["file", …] }` for every folder of data/sources/. */
export function sourceManifest() {
  return Object.fromEntries(
    readdirSync(sourcesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, readdirSync(join(sourcesDir, d.name)).sort()]),
  );
}

export function buildAssets({ mirror = false } = {}) {
  const swagger = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "docs", "vendor"), { recursive: true });
  cpSync(join(root, "src", "docs", "index.html"), join(out, "docs", "index.html"));
  cpSync(join(root, "src", "docs", "init.js"), join(out, "docs", "init.js"));
  cpSync(join(root, "src", "docs", "_headers"), join(out, "_headers"));
  for (const file of ["swagger-ui-bundle.js", "swagger-ui.css"]) {
    cpSync(join(swagger, file), join(out, "docs", "vendor", file));
  }
  if (mirror) {
    cpSync(sourcesDir, join(out, "sources"), { recursive: true });
    writeFileSync(join(out, "sources", "manifest.json"), JSON.stringify(sourceManifest(), null, 1));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) buildAssets({ mirror: process.argv.includes("--mirror") });
