// The whole platform in one Miniflare instance: the gateway first (so `dispatchFetch` reaches
// it) and the twelve services, each with the bindings its wrangler.toml declares, storage in
// memory and every D1 database migrated, as `wrangler d1 migrations apply` would leave it.
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
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

export async function startPlatform() {
  const [gatewayScript, serviceScripts] = await Promise.all([bundleGateway(), bundleServices()]);

  const gatewayOptions = unstable_getMiniflareWorkerOptions(join(root, "wrangler.toml")).workerOptions;
  // The assets layer only serves /docs, and locally it is Miniflare's router rather than
  // Cloudflare's, so it would add a hop that says nothing about the gateway's own cost.
  delete gatewayOptions.assets;

  const workers = [
    { ...gatewayOptions, name: GATEWAY, modules: true, scriptPath: gatewayScript },
    ...services.map((name) => ({
      ...unstable_getMiniflareWorkerOptions(join(root, "workers", name, "wrangler.toml")).workerOptions,
      name: serviceWorkerName(name),
      modules: true,
      scriptPath: serviceScripts[name],
    })),
  ];

  // Every request logs a JSON line; it has to be read (or workerd blocks on a full pipe), but
  // printing it would make the terminal part of what is measured.
  const runtimeOutput = new Tail();
  const mf = new Miniflare({
    workers,
    handleRuntimeStdio(stdout, stderr) {
      stdout.on("data", (chunk) => runtimeOutput.push(chunk));
      stderr.on("data", (chunk) => runtimeOutput.push(chunk));
    },
  });
  await mf.ready;
  await migrate(mf);
  return { mf, runtimeOutput: runtimeOutput.lines };
}

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
      const statements = readFileSync(join(dir, file), "utf8")
        .split("--> statement-breakpoint")
        .map((s) => s.trim())
        .filter(Boolean);
      await d1.batch([
        ...statements.map((s) => d1.prepare(s)),
        d1.prepare("INSERT INTO d1_migrations (name, applied_at) VALUES (?, datetime('now'))").bind(file),
      ]);
    }
  }
}
