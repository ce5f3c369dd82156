// `npm start`: everything the platform needs, locally, in one command. Installs dependencies when
// they are missing, lays out the docs and builds the web app, applies every D1 migration, then
// serves the gateway with all twelve services (one wrangler process, gateway first so it gets
// the port) and the web app on Pages dev, bound to the gateway. Ctrl-C stops everything.
// State lives in .wrangler/state and persists between runs.
//
//   PORT=8787 WEB_PORT=8788 npm start
import { spawn, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { databases, root, stateDir, workers, wrangler } from "./workers.mjs";

const port = process.env.PORT ?? "8787";
const webPort = process.env.WEB_PORT ?? "8788";
const host = process.env.HOST ?? "127.0.0.1";
const started = Date.now();
const step = (what) => console.log(`\x1b[36m▸\x1b[0m ${what}`);
// Local runs are offline-friendly: no usage reporting from wrangler.
process.env.WRANGLER_SEND_METRICS = "false";

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });
  if (result.status !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

if (!existsSync(join(root, "node_modules", ".bin", "wrangler"))) {
  step("Installing dependencies (npm ci)");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

const { buildAssets } = await import("./build-assets.mjs");
step("Laying out the API reference (/docs) and the local mirror of the data sources (/sources)");
buildAssets({ mirror: true });

step("Building the web app");
run(join(root, "node_modules", ".bin", "vite"), ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);

step("Applying D1 migrations (civic, identity, platform)");
// Confirmations are for people at a terminal; here the migrations are the project's own.
const migrate = databases.map(
  (db) =>
    new Promise((resolve, reject) => {
      const child = spawn(
        wrangler,
        ["d1", "migrations", "apply", db.name, "--local", "--persist-to", stateDir, "-c", db.config],
        { cwd: root, env: { ...process.env, CI: "1" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("close", (code) => (code === 0 ? resolve(db.name) : reject(new Error(`${db.name}:\n${out}`))));
    }),
);
try {
  await Promise.all(migrate);
} catch (err) {
  console.error(`Migrations failed: ${err.message}`);
  process.exit(1);
}

// The auth service signs access tokens with keys from a secret; locally that is .dev.vars
// (gitignored), made once per checkout so tokens survive restarts.
const authDevVars = join(root, "workers", "auth", ".dev.vars");
if (!existsSync(authDevVars)) {
  step("Generating local signing keys for the auth service (workers/auth/.dev.vars)");
  const generated = spawnSync("node", [join(root, "workers", "auth", "scripts", "generate-signing-key.mjs"), "--dev-vars"], { cwd: root, encoding: "utf8" });
  if (generated.status !== 0) {
    console.error(generated.stderr);
    process.exit(1);
  }
  writeFileSync(authDevVars, generated.stdout);
}

step("Pointing the ETL at the local mirror of the data sources");
{
  const mirror = spawnSync(
    wrangler,
    ["kv", "key", "put", "etl:source-mirror-url", `http://${host}:${port}/sources`, "--binding", "CONFIG", "--local", "--persist-to", stateDir, "-c", join(root, "workers", "etl", "wrangler.toml")],
    { cwd: root, encoding: "utf8" },
  );
  if (mirror.status !== 0) {
    console.error(mirror.stdout, mirror.stderr);
    process.exit(1);
  }
}

const children = [];
function serve(name, args, cwd = root) {
  // Each child leads its own process group so Ctrl-C reaches wrangler's workerd too.
  const child = spawn(wrangler, args, { cwd, stdio: ["ignore", "inherit", "inherit"], detached: true });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      stop(1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

step(`Starting the gateway and ${workers.length - 1} services on http://${host}:${port}`);
serve("gateway + services", [
  "dev",
  ...workers.flatMap((w) => ["-c", w.config]),
  "--persist-to",
  stateDir,
  "--ip",
  host,
  "--port",
  port,
  "--inspector-port",
  "0",
  "--show-interactive-dev-session=false",
  // Lets the local cron clock below fire /__scheduled on the gateway, which hands each cron to
  // the service that owns it.
  "--test-scheduled",
]);

step(`Starting the web app on http://${host}:${webPort}`);
serve(
  "web",
  ["pages", "dev", "--ip", host, "--port", webPort, "--inspector-port", "0", "--persist-to", stateDir, "--show-interactive-dev-session=false"],
  join(root, "web"),
);

/** Fires a cron locally: the gateway's /__scheduled hands it to the services that declare it. */
const fireCron = (cron) => fetch(`http://${host}:${port}/__scheduled?cron=${encodeURIComponent(cron)}`).catch(() => {});

/** Whether a five-field cron (`*`, `*\/n`, numbers, lists) matches a minute. */
function cronMatches(cron, date) {
  const values = [date.getUTCMinutes(), date.getUTCHours(), date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCDay()];
  return cron.split(/\s+/).every((field, i) =>
    field.split(",").some((part) => {
      if (part === "*") return true;
      const step = part.match(/^\*\/(\d+)$/);
      return step ? values[i] % Number(step[1]) === 0 : Number(part) === values[i];
    }),
  );
}

// Tell the person at the terminal when it is really up: the gateway answers its health check.
const deadline = Date.now() + 60_000;
for (;;) {
  try {
    const res = await fetch(`http://${host}:${port}/api/v1/health`);
    const web = await fetch(`http://${host}:${webPort}/`).then((r) => r.ok).catch(() => false);
    if (web) {
      const health = await res.json();
      console.log(
        `\n\x1b[32m✓ OpenPolicy is up in ${((Date.now() - started) / 1000).toFixed(1)} s\x1b[0m — platform ${health.status}` +
          `\n  web app      http://${host}:${webPort}/` +
          `\n  API          http://${host}:${port}/api/v1/health` +
          `\n  API docs     http://${host}:${port}/docs/` +
          `\n  Ctrl-C stops everything.\n`,
      );
      // The ETL's cron loads whatever has never been loaded (everything, on a first start) or is
      // due; a later start finds the data fresh and loads nothing again.
      await fireCron("*/15 * * * *");
      console.log("  Loading the data sources that are due; progress at /api/v1/etl/sources.\n");
      break;
    }
  } catch {
    // not listening yet
  }
  if (Date.now() > deadline || stopping) {
    if (!stopping) console.error("The platform did not come up within 60 s; see the output above.");
    break;
  }
  await new Promise((r) => setTimeout(r, 250));
}

// A local cron clock, since `wrangler dev` has none: each minute, fire every service cron due.
const { unstable_readConfig } = await import("wrangler");
const crons = new Set(workers.flatMap((w) => unstable_readConfig({ config: w.config }).triggers?.crons ?? []));
const tick = () => {
  const now = new Date();
  for (const cron of crons) if (cronMatches(cron, now)) fireCron(cron);
};
if (!stopping) setTimeout(() => (tick(), setInterval(tick, 60_000)), 60_000 - (Date.now() % 60_000));
