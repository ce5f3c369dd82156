// The whole platform, locally: the web app built, every D1 migration applied, the gateway with all
// services in one `wrangler dev` process, the web app on Pages dev bound to the gateway,
// the ETL started on the real data, and a local cron clock. `npm start` runs one on the usual
// ports with the checkout's own state; the browser tests run one from a copy of the checkout on
// free ports, beside whatever else runs on the machine. Neither needs the network.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join, relative } from "node:path";
import { buildAssets } from "./build-assets.mjs";
import { signalGroup, stopGroup } from "./process-groups.mjs";
import { ensureDevAssertionKeys } from "./assertion-keys.mjs";
import { databases, root, stateDir as checkoutStateDir, workers, wrangler } from "./workers.mjs";

const vite = join(root, "node_modules", ".bin", "vite");
const authDevVars = join(root, "workers", "auth", ".dev.vars");
/** The cron whose run loads every source that is due (all of them, on a first start). */
export const ETL_CRON = "*/15 * * * *";

/**
 * Starts the platform and resolves once the gateway and the web app answer (or `readyTimeoutMs`
 * passed: `up` says which) and the ETL has been asked to load what is due.
 *
 * @param {object} [options]
 * @param {number} [options.port] the gateway's port; 0 picks a free one
 * @param {number} [options.webPort] the web app's port; 0 picks a free one
 * @param {string} [options.host]
 * @param {string} [options.stateDir] D1, KV and Durable Object storage; persists between runs
 * @param {string} [options.devRegistry] where the Workers find each other (Pages dev finds
 *   "openpolicy-gateway" there); one per state directory by default, since wrangler's shared
 *   default would let two platforms on one machine reach, and deregister, each other's Workers
 * @param {boolean} [options.quiet] children's output goes to `logFile` instead of the terminal
 * @param {string} [options.logFile]
 * @param {(what: string) => void} [options.onStep] told each start-up step
 * @param {(up: { health: any, seconds: number }) => void} [options.onReady] told when it answers,
 *   before the data starts loading
 * @param {(name: string, how: string) => void} [options.onChildExit] told when a server stopped on
 *   its own; the rest are being stopped
 * @param {number} [options.readyTimeoutMs]
 * @param {boolean} [options.cronClock] fire every service cron each minute it is due
 */
export async function startPlatform({
  port = 8787,
  webPort = 8788,
  host = "127.0.0.1",
  stateDir = checkoutStateDir,
  devRegistry = join(stateDir, "dev-registry"),
  quiet = false,
  logFile,
  onStep = () => {},
  onReady = () => {},
  onChildExit = () => {},
  readyTimeoutMs = 60_000,
  cronClock = true,
} = {}) {
  const started = Date.now();
  port = port || (await freePort(host));
  webPort = webPort || (await freePort(host, [port]));
  const apiUrl = `http://${host}:${port}`;
  const webUrl = `http://${host}:${webPort}`;
  const output = quiet && logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  const childStdio = quiet ? ["ignore", output ? "pipe" : "ignore", output ? "pipe" : "ignore"] : ["ignore", "inherit", "inherit"];
  // Local runs are offline-friendly: no usage reporting from wrangler. A log file gets plain text.
  const env = {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    // wrangler's dev servers otherwise answer /cdn-cgi/explorer on the API and web ports: the
    // "local explorer", which runs any SQL on the local D1 databases and reads and writes KV and
    // Durable Objects, with no authentication. wrangler 4.86 has no flag for it, only this variable.
    X_LOCAL_EXPLORER: "false",
    WRANGLER_REGISTRY_PATH: devRegistry,
    ...(quiet ? { NO_COLOR: "1", FORCE_COLOR: "0" } : {}),
  };

  onStep("Laying out the API reference (/docs) and the local mirror of the data sources (/sources)");
  buildAssets({ mirror: true });

  onStep("Building the web app");
  const viteArgs = ["build", "--config", "web/vite.config.ts", "--logLevel", "warn"];
  const built = await exec(vite, viteArgs, { env, capture: quiet });
  if (built.status !== 0) throw new Error(`${vite} ${viteArgs.join(" ")} failed (exit ${built.status}).${quiet ? `\n${built.output}` : ""}`);

  onStep("Applying D1 migrations (civic, identity, platform)");
  // Confirmations are for people at a terminal; here the migrations are the project's own.
  const migrate = (db) =>
    exec(wrangler, ["d1", "migrations", "apply", db.name, "--local", "--persist-to", stateDir, "-c", db.config], { env: { ...env, CI: "1" }, capture: true });
  const migrations = await Promise.all(databases.map(migrate));
  for (const [i, db] of databases.entries()) {
    let result = migrations[i];
    // The databases share Miniflare's metadata in the state directory; in a fresh one, concurrent
    // first writes can meet SQLITE_BUSY. Applying again, alone, finishes the job.
    if (result.status !== 0 && result.output.includes("SQLITE_BUSY")) result = await migrate(db);
    if (result.status !== 0) throw new Error(`Migrations failed: ${db.name}:\n${result.output}`);
  }

  // The auth service signs access tokens with keys from a secret; locally that is .dev.vars
  // (gitignored), made once per checkout so tokens survive restarts.
  if (!existsSync(authDevVars)) {
    onStep("Generating local signing keys for the auth service (workers/auth/.dev.vars)");
    const generated = spawnSync("node", [join(root, "workers", "auth", "scripts", "generate-signing-key.mjs"), "--dev-vars"], { cwd: root, encoding: "utf8" });
    if (generated.status !== 0) throw new Error(generated.stderr);
    writeFileSync(authDevVars, generated.stdout);
  }
  // The gateway signs who is calling for every service; its private key and the services' public
  // keys live in each Worker's .dev.vars, made once per checkout (scripts/assertion-keys.mjs).
  if (await ensureDevAssertionKeys()) onStep("Generated the gateway's assertion key pair (.dev.vars of every Worker)");

  onStep("Pointing the ETL at the local mirror of the data sources");
  const mirrorArgs = [
    "kv",
    "key",
    "put",
    "etl:source-mirror-url",
    `${apiUrl}/sources`,
    "--binding",
    "CONFIG",
    "--local",
    "--persist-to",
    stateDir,
    "-c",
    join(root, "workers", "etl", "wrangler.toml"),
  ];
  const mirrored = await exec(wrangler, mirrorArgs, { env, capture: true });
  if (mirrored.status !== 0) throw new Error(mirrored.output);

  const children = [];
  const timers = [];
  let stopping;
  let failure;

  const serve = (name, args, cwd = root) => {
    // Each child leads its own process group, so stopping it reaches wrangler's workerd too.
    const child = spawn(wrangler, args, { cwd, env, stdio: childStdio, detached: true });
    if (output) {
      child.stdout.pipe(output, { end: false });
      child.stderr.pipe(output, { end: false });
    }
    child.on("exit", (code, signal) => {
      if (stopping) return;
      failure = `${name} stopped (${signal ?? `exit ${code}`})`;
      onChildExit(name, signal ?? `exit ${code}`);
      void stop();
    });
    children.push(child);
  };

  // Children lead their own process groups, so nothing else ends them if this process exits
  // without calling stop(); a process killed outright runs no handler at all, hence the reaper
  // started beside them below.
  const killOnExit = () => {
    for (const child of children) signalGroup(child.pid, "SIGKILL");
  };
  process.on("exit", killOnExit);

  const stop = () =>
    (stopping ??= (async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(children.map((child) => stopGroup(child.pid)));
      process.off("exit", killOnExit);
      output?.end();
    })());

  onStep(`Starting the gateway and ${workers.length - 1} services on ${apiUrl}`);
  serve("gateway + services", [
    "dev",
    ...workers.flatMap((w) => ["-c", w.config]),
    "--persist-to",
    stateDir,
    "--ip",
    host,
    "--port",
    String(port),
    "--inspector-port",
    "0",
    "--show-interactive-dev-session=false",
    // Lets the local cron clock fire /__scheduled on the gateway, which hands each cron to the
    // service that owns it.
    "--test-scheduled",
  ]);

  onStep(`Starting the web app on ${webUrl}`);
  serve(
    "web",
    ["pages", "dev", "--ip", host, "--port", String(webPort), "--inspector-port", "0", "--persist-to", stateDir, "--show-interactive-dev-session=false"],
    join(root, "web"),
  );

  // A watchdog in a session of its own stops the servers should this process die without stop().
  const groups = children.flatMap((child) => (child.pid ? [String(child.pid)] : []));
  spawn(process.execPath, [join(root, "scripts", "reaper.mjs"), String(process.pid), ...groups], { detached: true, stdio: "ignore" }).unref();

  /** Fires a cron locally: the gateway's /__scheduled hands it to the services that declare it. */
  const fireCron = (cron) => fetch(`${apiUrl}/__scheduled?cron=${encodeURIComponent(cron)}`).catch(() => {});
  const stopped = () => (stopping ? (failure ?? "stop() was called") : undefined);

  let up = false;
  try {
    const health = await answering(apiUrl, webUrl, Date.now() + readyTimeoutMs, stopped);
    if (health) {
      up = true;
      onReady({ health, seconds: (Date.now() - started) / 1000 });
      // The ETL's cron loads whatever has never been loaded (everything, on a first start) or
      // is due; a later start finds the data fresh and loads nothing again.
      await fireCron(ETL_CRON);
    }
    // A local cron clock, since `wrangler dev` has none: each minute, fire every service cron due.
    if (cronClock && !stopping) {
      const crons = await serviceCrons(quiet);
      const tick = () => {
        const now = new Date();
        for (const cron of crons) if (cronMatches(cron, now)) void fireCron(cron);
        timers.push(setTimeout(tick, 60_000 - (Date.now() % 60_000)));
      };
      timers.push(setTimeout(tick, 60_000 - (Date.now() % 60_000)));
    }
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    apiUrl,
    webUrl,
    stateDir,
    /** Whether the gateway and the web app answered within `readyTimeoutMs`. */
    up,
    /** Which server stopped on its own, if one did. */
    failure: () => failure,
    waitForData: ({ timeoutMs = 180_000 } = {}) => dataLoaded(apiUrl, Date.now() + timeoutMs, stopped),
    fireCron,
    stop,
  };
}

/** What a copy of the checkout leaves out: what `npm ci` and the platform make, and local secrets. */
const NOT_COPIED = new Set(["node_modules", ".git", ".wrangler", ".build", "test-artifacts", ".dev.vars", join("web", "dist")]);

/**
 * Copies the checkout's sources and data to `dest` (sharing its node_modules), for a platform
 * that runs from there: edits made in the checkout meanwhile neither rebuild nor restart it, and
 * everything it writes (build output, state, local keys) stays in the copy.
 */
export function copyCheckout(dest) {
  mkdirSync(dest, { recursive: true });
  cpSync(root, dest, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source);
      return !NOT_COPIED.has(path) && !NOT_COPIED.has(basename(path));
    },
  });
  symlinkSync(join(root, "node_modules"), join(dest, "node_modules"), "dir");
  return dest;
}

/** Every cron the Workers' configurations declare. */
async function serviceCrons(quiet) {
  const before = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
  const { unstable_readConfig } = await import("wrangler");
  // Importing wrangler installs SIGINT and SIGTERM handlers that exit at once, which would cut
  // short whatever stop the platform's owner has planned: only the owner's handlers stay.
  for (const [signal, kept] of Object.entries(before)) {
    for (const listener of process.listeners(signal)) if (!kept.includes(listener)) process.off(signal, listener);
  }
  return new Set(workers.flatMap((w) => unstable_readConfig({ config: w.config }, { hideWarnings: quiet }).triggers?.crons ?? []));
}

/** The gateway's health report once it and the web app both answer; null at the deadline. */
async function answering(apiUrl, webUrl, deadline, stopped) {
  while (!stopped()) {
    try {
      const res = await fetch(`${apiUrl}/api/v1/health`);
      const web = await fetch(`${webUrl}/`)
        .then((r) => r.ok)
        .catch(() => false);
      if (web) return await res.json();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) return null;
    await sleep(250);
  }
  return null;
}

/** How long the ETL may go without finishing a run before it counts as stuck. */
const STALL_MS = 120_000;

/**
 * Resolves when the ETL has loaded every source it can: each one either succeeded, or has
 * nothing to load here (no run, though what it depends on was loaded a while ago). Fails fast
 * on a failed source, a stopped server, or a load that stopped making progress.
 */
async function dataLoaded(apiUrl, deadline, stopped) {
  let seen = "no answer yet";
  let last = { state: "", since: Date.now() };
  while (Date.now() < deadline) {
    const why = stopped();
    if (why) throw new Error(`The platform stopped while loading data: ${why}.`);
    try {
      const res = await fetch(`${apiUrl}/api/v1/etl/sources`);
      if (res.ok) {
        const sources = (await res.json()).data;
        const state = etlState(sources);
        if (state.failed.length) throw new DataLoadError(`These sources failed to load: ${state.failed.join(", ")} (see ${apiUrl}/api/v1/etl/sources).`);
        if (state.done) return sources;
        seen = `still loading: ${state.pending.join(", ")}`;
        const now = JSON.stringify(sources.map((s) => [s.name, s.last_run?.id, s.last_run?.status]));
        if (now !== last.state) last = { state: now, since: Date.now() };
        else if (Date.now() - last.since > STALL_MS) {
          throw new DataLoadError(`The data load made no progress for ${STALL_MS / 1000} s (${seen}); the platform log says why.`);
        }
      } else seen = `/api/v1/etl/sources answered ${res.status}`;
    } catch (err) {
      if (err instanceof DataLoadError) throw err;
      seen = err instanceof Error ? err.message : String(err);
    }
    // Well inside the anonymous rate limit, which this poll shares with nobody else.
    await sleep(1_500);
  }
  throw new Error(`The data did not finish loading in time (${seen}).`);
}

class DataLoadError extends Error {}

/** A dependency loaded longer ago than this, with no run of its dependent since: the dependent has no documents. */
const NOTHING_TO_LOAD_AFTER_MS = 5_000;

/** Which sources are loaded, loading or failed, from `/api/v1/etl/sources`. */
function etlState(sources, now = Date.now()) {
  const byName = new Map(sources.map((s) => [s.name, s]));
  const failed = [];
  const pending = [];
  for (const s of sources) {
    const status = s.last_run?.status;
    if (status === "failed") failed.push(s.name);
    if (s.last_success_at && status !== "running") continue;
    if (!s.last_run) {
      const deps = s.depends_on.map((d) => byName.get(d)?.last_success_at);
      if (deps.every((at) => at && now - Date.parse(at) > NOTHING_TO_LOAD_AFTER_MS)) continue;
    }
    if (status !== "failed") pending.push(s.name);
  }
  return { done: failed.length === 0 && pending.length === 0 && sources.some((s) => s.last_success_at), failed, pending };
}

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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs a command to its end without blocking this process; `capture` keeps its output for the caller instead of the terminal. */
function exec(cmd, args, { env, capture }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: capture ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"] });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", (err) => resolve({ status: err.message, output }));
    child.on("close", (code, signal) => resolve({ status: code ?? signal, output }));
  });
}

/** A port nobody listens on now (and not one of `taken`). */
export async function freePort(host, taken = []) {
  for (;;) {
    const port = await new Promise((resolve, reject) => {
      const server = createServer();
      server.once("error", reject);
      server.listen(0, host, () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    });
    if (!taken.includes(port)) return port;
  }
}
