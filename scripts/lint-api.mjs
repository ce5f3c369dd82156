// Lints the OpenAPI document a running platform serves (`npm start`, or any base URL given) with
// Redocly's recommended rules, as configured in redocly.yaml, and exits non-zero on any problem.
//
//   npm run lint:api                      the local platform (http://localhost:8787)
//   npm run lint:api -- https://api.example.org
import { lintFromString, loadConfig } from "@redocly/openapi-core";
import { join } from "node:path";
import { root } from "./workers.mjs";

const base = process.argv[2] ?? `http://localhost:${process.env.PORT ?? 8787}`;
const response = await fetch(`${base.replace(/\/$/, "")}/api/v1/openapi.json`);
if (!response.ok) {
  console.error(`${base}/api/v1/openapi.json answered ${response.status}`);
  process.exit(1);
}
const config = await loadConfig({ configPath: join(root, "redocly.yaml") });
const problems = await lintFromString({ source: await response.text(), absoluteRef: "openapi.json", config });
for (const p of problems) console.log(`${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ""})`);
console.log(problems.length === 0 ? "The OpenAPI document passes every recommended rule." : `${problems.length} problem(s).`);
process.exit(problems.length === 0 ? 0 : 1);
