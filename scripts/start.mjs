// `npm start`: everything the platform needs, locally, in one command. Installs dependencies when
// they are missing, lays out the docs and builds the web app, applies every D1 migration, then
// serves the gateway with all twelve services (one wrangler process, gateway first so it gets
// the port) and the web app on Pages dev, bound to the gateway. Ctrl-C stops everything.
// State lives in .wrangler/state and persists between runs.
//
//   PORT=8787 WEB_PORT=8788 npm start
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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

const { buildDocs } = await import("./build-docs.mjs");
step("Laying out the API reference (/docs)");
buildDocs();

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
]);

step(`Starting the web app on http://${host}:${webPort}`);
serve(
  "web",
  ["pages", "dev", "--ip", host, "--port", webPort, "--inspector-port", "0", "--persist-to", stateDir, "--show-interactive-dev-session=false"],
  join(root, "web"),
);

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
