// `npm run deploy`: migrations first (a Worker must never run against an older schema), then
// every service, then the gateway that routes to them, then the web app, then a smoke check of
// the live platform health. `--dry-run` bundles every Worker as `wrangler deploy` would, offline,
// and reports the sizes, touching nothing in the account.
//
//   npm run deploy -- --dry-run
//   DEPLOY_URL=https://api.openpolicy.ca npm run deploy
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildAssets } from "./build-assets.mjs";
import { exposureProblems } from "./service-exposure.mjs";
import { root, workers, wrangler } from "./workers.mjs";

const dryRun = process.argv.includes("--dry-run");
const services = workers.filter((w) => w.name !== "gateway");
const gateway = workers.find((w) => w.name === "gateway");

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });
  if (result.status !== 0) {
    console.error(`✗ ${[cmd, ...args].join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

const exposed = services.flatMap((w) => exposureProblems(w.name, readFileSync(w.config, "utf8")));
if (exposed.length) {
  console.error(`✗ refusing to deploy: every service must be reachable only through the gateway.\n  ${exposed.join("\n  ")}`);
  process.exit(1);
}

buildAssets();
run(join(root, "node_modules", ".bin", "vite"), ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);

if (!dryRun) {
  console.log("▸ D1 migrations");
  run("node", [join(root, "scripts", "db.mjs"), "migrate", "--remote"]);
}

for (const w of [...services, gateway]) {
  console.log(`▸ ${w.name}`);
  const outdir = join(root, ".build", "deploy", w.name);
  run(wrangler, ["deploy", "-c", w.config, ...(dryRun ? ["--dry-run", "--outdir", outdir] : [])], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (dryRun) {
    const files = readdirSync(outdir).filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
    const bytes = files.reduce((n, f) => n + statSync(join(outdir, f)).size, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(outdir, f))).length, 0);
    console.log(`  ${w.name}: ${(bytes / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzip`);
  }
}

if (dryRun) {
  console.log("✓ dry run: every Worker bundles; nothing was deployed.");
  process.exit(0);
}

console.log("▸ web (Pages)");
run(wrangler, ["pages", "deploy", "--commit-dirty=true"], { cwd: join(root, "web") });

const url = process.env.DEPLOY_URL;
if (url) {
  const res = await fetch(new URL("/api/v1/health", url));
  const health = await res.json();
  console.log(`▸ smoke check: ${url} platform ${health.status}`);
  if (health.status === "down") process.exit(1);
} else {
  console.log("Set DEPLOY_URL to check the live platform's health after deploying.");
}
