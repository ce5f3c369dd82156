// Generates each Worker's Env type from its wrangler.toml (`wrangler types`), or with --check
// fails when a committed file is stale, as CI runs it.
import { execFileSync } from "node:child_process";
import { workers, wrangler } from "./workers.mjs";

const check = process.argv.includes("--check");
let stale = 0;
for (const w of workers) {
  try {
    execFileSync(wrangler, ["types", "--include-runtime=false", ...(check ? ["--check"] : [])], {
      cwd: w.dir,
      stdio: check ? "pipe" : "inherit",
    });
  } catch (_err) {
    stale++;
    console.error(`${w.name}: worker-configuration.d.ts is stale; run npm run types`);
  }
}
process.exit(stale ? 1 : 0);
