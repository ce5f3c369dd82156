// Runs the benchmarks in bench/ (every *.bench.mjs, or those named) one after another in this
// process and prints each one's table. Exits non-zero when a benchmark saw errors or failed,
// never because of a timing.
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const SUFFIX = ".bench.mjs";

const usage = `usage: npm run bench -- [name ...] [--duration s] [--warmup s] [--concurrency n] [--rounds n]

  name           a benchmark in bench/ (gateway-overhead, or gateway-overhead.bench.mjs, or a path);
                 all of them when none is given
  --duration     measured seconds per variant (split across the rounds)
  --warmup       seconds of load on all variants at once before measuring
  --concurrency  callers in the closed loop
  --ballots      (etl-load) ballots to generate for the scale run
  --statements   (search-latency) statements in the generated corpus
  --passes       (search-latency) times each query runs on each side
  --rounds       how many alternating rounds the measured time is split into
  --list         print the benchmarks and what they measure

Each benchmark has its own defaults (printed with its results).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: "string" },
    warmup: { type: "string" },
    concurrency: { type: "string" },
    rounds: { type: "string" },
    ballots: { type: "string" },
    statements: { type: "string" },
    passes: { type: "string" },
    list: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function number(name, { integer = false, min }) {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    console.error(`--${name} must be ${integer ? "an integer" : "a number"} ≥ ${min}, not ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}
const overrides = Object.fromEntries(
  Object.entries({
    duration: number("duration", { min: 0.1 }),
    warmup: number("warmup", { min: 0 }),
    concurrency: number("concurrency", { integer: true, min: 1 }),
    rounds: number("rounds", { integer: true, min: 1 }),
    ballots: number("ballots", { integer: true, min: 1 }),
    statements: number("statements", { integer: true, min: 1 }),
    passes: number("passes", { integer: true, min: 1 }),
  }).filter(([, v]) => v !== undefined),
);

const available = readdirSync(here)
  .filter((f) => f.endsWith(SUFFIX))
  .sort();
function locate(arg) {
  const candidates = [resolve(arg), join(here, arg.endsWith(SUFFIX) ? arg : `${arg}${SUFFIX}`)];
  const found = candidates.find((c) => c.endsWith(SUFFIX) && existsSync(c));
  if (!found) {
    console.error(`no benchmark ${JSON.stringify(arg)}; available: ${available.map((f) => basename(f, SUFFIX)).join(", ")}`);
    process.exit(2);
  }
  return found;
}
const files = positionals.length ? positionals.map(locate) : available.map((f) => join(here, f));

let failed = false;
for (const file of files) {
  const name = basename(file, SUFFIX);
  const bench = await import(pathToFileURL(file).href);
  if (values.list) {
    console.log(`${name}: ${bench.description ?? ""}`);
    continue;
  }
  const options = { ...bench.defaults, ...overrides };
  console.error(`\n[${name}] ${bench.description ?? ""}`);
  const t0 = performance.now();
  try {
    const outcome = await bench.default({ ...options, progress: (msg) => console.error(`[${name}] ${msg}`) });
    if (outcome?.errors) failed = true;
  } catch (err) {
    failed = true;
    console.error(`\n[${name}] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : err}`);
  }
  console.error(`[${name}] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
process.exitCode = failed ? 1 : 0;
