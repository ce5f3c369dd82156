// Type-checks every TypeScript project of the repo: the gateway (with shared code and tests),
// each service against its own generated Env, the web app, its Pages Functions, and Node-side
// scripts. Two at a time, since each project is small and CI machines have two cores.
//
//   npm run typecheck                 every project
//   npm run typecheck -- etl web      only the projects whose path names one of these
//                                     (workers/etl/tsconfig.json, web/tsconfig.json, web/functions/…)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, services } from "./workers.mjs";

const filters = process.argv.slice(2);
const all = [
  "tsconfig.json",
  "test/tsconfig.json",
  ...services.map((s) => `workers/${s}/tsconfig.json`),
  "web/tsconfig.json",
  "web/functions/tsconfig.json",
  "tsconfig.node.json",
  "test/browser/tsconfig.json",
].filter((p) => existsSync(join(root, p)));
const projects = filters.length ? all.filter((p) => filters.some((f) => p.split("/").includes(f) || p === f)) : all;
if (projects.length === 0) {
  console.error(`No project matches ${filters.join(", ")}. Projects: ${all.join(", ")}`);
  process.exit(2);
}

const tsc = join(root, "node_modules", ".bin", "tsc");
const run = (project) =>
  new Promise((resolve) => {
    const child = spawn(tsc, ["-p", project], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ project, code, out }));
  });

let failed = 0;
const queue = [...projects];
await Promise.all(
  [0, 1].map(async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      const { project, code, out } = await run(p);
      if (code !== 0) {
        failed++;
        console.error(`✗ ${project}\n${out}`);
      } else console.log(`✓ ${project}`);
    }
  }),
);
process.exit(failed ? 1 : 0);
