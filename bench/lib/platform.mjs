// The whole platform in one Miniflare instance: the gateway first (so `dispatchFetch` reaches
// it) and every service, each with the bindings its wrangler.toml declares, storage in
// Miniflare's temporary directory and every D1 database migrated, as `wrangler d1 migrations
// apply` would leave it. `startServices` runs only some of the services, for benchmarks of one
// service's own work.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig, unstable_splitSqlQuery } from "wrangler";
import { bundleServices } from "../../scripts/bundle-services.mjs";
import { databases, root, services } from "../../scripts/workers.mjs";
import { bundleGateway } from "./gateway-bundle.mjs";
import { generateAssertionKeys } from "../../scripts/assertion-keys.mjs";

/** The gateway's assertion key pair, made once per benchmark process: the gateway signs, services verify. */
const assertionKeys = await generateAssertionKeys("bench-assertion-key");

export const GATEWAY = "openpolicy-gateway";
export const serviceWorkerName = (service) => `openpolicy-${service}`;

/** The last lines the runtime printed, to show when a benchmark sees errors. */
class Tail {
  lines = [];
  constructor(limit = 40) {
    this.limit = limit;
  }
  push(chunk) {
    for (const line of String(chunk).split("\n")) {
      if (!line) continue;
      this.lines.push(line);
      if (this.lines.length > this.limit) this.lines.shift();
    }
  }
}

/**
 * @param {object} [opts]
 * @param {Record<string, object>} [opts.extra] further Miniflare options by Worker name (e.g. `routes`;
 *   `bindings` are added to the Worker's own)
 * @param {object} [opts.gatewaySettings] the gateway's KV `gateway:settings` (rate limits by tier,
 *   breaker thresholds; see src/config.ts), in place before its first request. Without it the
 *   default limits apply, and the anonymous tier refuses a load generator within a second.
 * @returns {Promise<{ mf: Miniflare, runtimeOutput: string[], dispose: () => Promise<void> }>}
 */
export async function startPlatform({ extra = {}, gatewaySettings } = {}) {
  const [gatewayScript, serviceScripts] = await Promise.all([bundleGateway(), bundleServices()]);

  // Without [assets]: it only serves /docs, locally it is Miniflare's router rather than
  // Cloudflare's (a hop that says nothing about the gateway's own cost), and wrangler refuses
  // the config when the assets folder has not been built yet.
  const gatewayConfig = { ...unstable_readConfig({ config: join(root, "wrangler.toml") }), assets: undefined };
  const gatewayOptions = unstable_getMiniflareWorkerOptions(gatewayConfig).workerOptions;

  const workers = [
    {
      ...gatewayOptions,
      name: GATEWAY,
      modules: true,
      scriptPath: gatewayScript,
      bindings: { ...gatewayOptions.bindings, GATEWAY_ASSERTION_KEY: assertionKeys.private },
    },
    ...services.map((name) => serviceWorker(name, serviceScripts[name])),
  ].map((w) => withExtra(w, extra[w.name]));
  const platform = await launch(workers);
  if (gatewaySettings) {
    try {
      // The gateway reads them once per isolate and keeps them a minute, so they must be there
      // before anything calls it.
      await (await platform.mf.getKVNamespace("CONFIG", GATEWAY)).put("gateway:settings", JSON.stringify(gatewaySettings));
    } catch (err) {
      await platform.dispose();
      throw err;
    }
  }
  return platform;
}

/**
 * Some of the services without the gateway, for benchmarks of one service's own work: only what
 * is measured shares the runtime. `workers` are further Miniflare Workers run beside them (a
 * benchmark's own driver Worker, say); every D1 database any of them binds is migrated.
 *
 * @param {object} opts
 * @param {string[]} opts.services service names, as under workers/
 * @param {Record<string, object>} [opts.extra] further Miniflare options by Worker name
 * @param {object[]} [opts.workers] complete Miniflare Worker options, started after the services
 * @param {(chunk: string, stream: "stdout" | "stderr") => void} [opts.onOutput] every chunk the
 *   runtime prints, not split into lines, for a benchmark that reads the Workers' logs
 * @returns {Promise<{ mf: Miniflare, runtimeOutput: string[], dispose: () => Promise<void> }>}
 */
export async function startServices({ services: names, extra = {}, workers: more = [], onOutput }) {
  const unknown = names.filter((n) => !services.includes(n));
  if (unknown.length) throw new Error(`no service ${unknown.join(", ")}; known: ${services.join(", ")}`);
  const serviceScripts = await bundleServices();
  const workers = [...names.map((name) => serviceWorker(name, serviceScripts[name])), ...more].map((w) => withExtra(w, extra[w.name]));
  return launch(workers, { onOutput });
}

/**
 * A Worker's options with a benchmark's extra ones on top. `bindings` are added to the Worker's
 * own (its wrangler.toml [vars]) rather than replacing them, so a benchmark can supply a secret
 * such as the auth Worker's `AUTH_SIGNING_KEYS` without dropping the Worker's variables.
 */
function withExtra(worker, extra) {
  if (!extra) return worker;
  const merged = { ...worker, ...extra };
  if (extra.bindings) merged.bindings = { ...worker.bindings, ...extra.bindings };
  return merged;
}

/** A service's Miniflare options, from its own wrangler.toml, running its bundle. */
function serviceWorker(name, scriptPath) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, "workers", name, "wrangler.toml"));
  return {
    ...workerOptions,
    bindings: { ...workerOptions.bindings, GATEWAY_ASSERTION_PUBLIC_KEYS: assertionKeys.public },
    name: serviceWorkerName(name),
    modules: true,
    scriptPath,
  };
}

async function launch(workers, { onOutput } = {}) {
  // Every request logs a JSON line; it has to be read (or workerd blocks on a full pipe), but
  // printing it would make the terminal part of what is measured.
  const runtimeOutput = new Tail();
  const mf = new Miniflare({
    workers,
    // A placeholder `request.cf`: the real one is downloaded at start (up to 3 s, failing offline)
    // and nothing measured here reads it.
    cf: false,
    handleRuntimeStdio(stdout, stderr) {
      for (const [name, stream] of [
        ["stdout", stdout],
        ["stderr", stderr],
      ]) {
        stream.on("data", (chunk) => {
          runtimeOutput.push(chunk);
          onOutput?.(String(chunk), name);
        });
      }
    },
  });
  // workerd is a child process: stop it on Ctrl-C too, or it outlives the benchmark.
  let disposed;
  const dispose = () => (disposed ??= mf.dispose());
  const onSignal = (signal) => {
    dispose().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await mf.ready;
    await migrate(mf, workers);
  } catch (err) {
    await dispose();
    throw err;
  }
  return {
    mf,
    runtimeOutput: runtimeOutput.lines,
    dispose: async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await dispose();
    },
  };
}

/** The first started Worker binding the database, and its binding's name there. */
function bindingOf(workers, db) {
  for (const w of workers) {
    for (const [binding, value] of Object.entries(w.d1Databases ?? {})) {
      if ((typeof value === "string" ? value : value?.id) === db.id) return { worker: w.name, binding };
    }
  }
  return undefined;
}

/**
 * Applies each database's migrations the way `wrangler d1 migrations apply` does: files in name
 * order, each split with wrangler's own SQL splitter and run as one batch, and recorded in
 * `d1_migrations`, which the services' health checks read.
 */
async function migrate(mf, workers) {
  for (const db of databases) {
    // Databases no started Worker binds are left alone: nothing could read them.
    const owner = bindingOf(workers, db);
    if (!owner) continue;
    const d1 = await mf.getD1Database(owner.binding, owner.worker);
    const dir = join(root, db.migrations);
    const files = readdirSync(dir)
      .filter((f) => /^\d{4}_.*\.sql$/.test(f))
      .sort();
    await d1.prepare("CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TEXT)").run();
    for (const file of files) {
      // A file of comments only (a fresh `drizzle-kit generate --custom`) applies as nothing, as
      // with wrangler, which runs each file together with its d1_migrations insert.
      const statements = unstable_splitSqlQuery(readFileSync(join(dir, file), "utf8")).filter((s) => !isOnlyComments(s));
      try {
        await d1.batch([
          ...statements.map((s) => d1.prepare(s)),
          d1.prepare("INSERT INTO d1_migrations (name, applied_at) VALUES (?, datetime('now'))").bind(file),
        ]);
      } catch (err) {
        throw new Error(`migration ${db.migrations}/${file} failed: ${err instanceof Error ? err.message : err}`, { cause: err });
      }
    }
  }
}

function isOnlyComments(sql) {
  return (
    sql
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/--[^\n]*/g, "")
      .trim() === ""
  );
}
