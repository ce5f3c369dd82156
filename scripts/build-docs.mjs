// Lays out the gateway's static assets: the API reference page and the Swagger UI files it
// loads, served from our own origin so /docs works offline and makes no third-party requests.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, ".build", "gateway-assets");
const swagger = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

export function buildDocs() {
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "docs", "vendor"), { recursive: true });
cpSync(join(root, "src", "docs", "index.html"), join(out, "docs", "index.html"));
cpSync(join(root, "src", "docs", "init.js"), join(out, "docs", "init.js"));
cpSync(join(root, "src", "docs", "_headers"), join(out, "_headers"));
for (const file of ["swagger-ui-bundle.js", "swagger-ui.css"]) {
  cpSync(join(swagger, file), join(out, "docs", "vendor", file));
}
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) buildDocs();
