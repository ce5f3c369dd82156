// The whole platform in one Miniflare instance: the gateway first (so `dispatchFetch` reaches
// it) and the twelve services, each with the bindings its wrangler.toml declares, storage in
// memory and every D1 database migrated, as `wrangler d1 migrations apply` would leave it.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig, unstable_splitSqlQuery } from "wrangler";
import { bundleServices } from "../../scripts/bundle-services.mjs";
import { databases, root, services } from "../../scripts/workers.mjs";
import { bundleGateway } from "./gateway-bundle.mjs";

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
 * @param {Record<string, object>} [opts.extra] further Miniflare options by Worker name (e.g. `routes`)
 * @returns {Promise<{ mf: Miniflare, runtimeOutput: string[], dispose: () => Promise<void> }>}
 */
export async function startPlatform({ extra = {} } = {}) {
  const [gatewayScript, serviceScripts] = await Promise.all([bundleGateway(), bundleServices()]);

  // Without [assets]: it only serves /docs, locally it is Miniflare's router rather than
  // Cloudflare's (a hop that says nothing about the gateway's own cost), and wrangler refuses
  // the config when the assets folder has not been built yet.
  const gatewayConfig = { ...unstable_readConfig({ config: join(root, "wrangler.toml") }), assets: undefined };
  const gatewayOptions = unstable_getMiniflareWorkerOptions(gatewayConfig).workerOptions;

  const workers = [
    { ...gatewayOptions, name: GATEWAY, modules: true, scriptPath: gatewayScript },
    ...services.map((name) => ({
      ...unstable_getMiniflareWorkerOptions(join(root, "workers", name, "wrangler.toml")).workerOptions,
      name: serviceWorkerName(name),
      modules: true,
      scriptPath: serviceScripts[name],
    })),
  ].map((w) => ({ ...w, ...extra[w.name] }));

  // Every request logs a JSON line; it has to be read (or workerd blocks on a full pipe), but
  // printing it would make the terminal part of what is measured.
  const runtimeOutput = new Tail();
  const mf = new Miniflare({
    workers,
    // A placeholder `request.cf`: the real one is downloaded at start (up to 3 s, failing offline)
    // and nothing measured here reads it.
    cf: false,
    handleRuntimeStdio(stdout, stderr) {
      stdout.on("data", (chunk) => runtimeOutput.push(chunk));
      stderr.on("data", (chunk) => runtimeOutput.push(chunk));
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
    await migrate(mf);
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

/**
 * Applies each database's migrations the way `wrangler d1 migrations apply` does: files in name
 * order, each split with wrangler's own SQL splitter and run as one batch, and recorded in
 * `d1_migrations`, which the services' health checks read.
 */
async function migrate(mf) {
  for (const db of databases) {
    const owner = serviceWorkerName(basename(dirname(db.config)));
    const d1 = await mf.getD1Database(db.binding, owner);
    const dir = join(root, db.migrations);
    const files = readdirSync(dir).filter((f) => /^\d{4}_.*\.sql$/.test(f)).sort();
    await d1
      .prepare("CREATE TABLE IF NOT EXISTS d1_migrations(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TEXT)")
      .run();
    for (const file of files) {
      const statements = unstable_splitSqlQuery(readFileSync(join(dir, file), "utf8"));
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
