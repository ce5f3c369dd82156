import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { bundleServices } from "./scripts/bundle-services.mjs";
import { buildDocs } from "./scripts/build-docs.mjs";
import { databases, services, root } from "./scripts/workers.mjs";
import { join } from "node:path";

/**
 * Tests run inside workerd: the gateway (root wrangler.toml) is the main Worker, and the twelve
 * services run beside it as auxiliary Workers with the bindings their own wrangler.toml files
 * declare, so service bindings, RPC, D1, KV and queues are the real local implementations.
 */
export default defineConfig(async () => {
  buildDocs();
  const bundles = await bundleServices();
  const migrations = Object.fromEntries(
    await Promise.all(databases.map(async (db) => [db.binding, await readD1Migrations(join(root, db.migrations))] as const)),
  );

  const auxiliary = services.map((name) => {
    const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, "workers", name, "wrangler.toml"));
    return {
      ...workerOptions,
      name: `openpolicy-${name}`,
      modules: true,
      scriptPath: bundles[name],
      bindings: {
        ...workerOptions.bindings,
        // Redeliver failed messages at once so retry and dead-letter tests take seconds.
        ...(workerOptions.bindings && "QUEUE_RETRY_BASE_SECONDS" in workerOptions.bindings ? { QUEUE_RETRY_BASE_SECONDS: "0" } : {}),
      },
      queueConsumers: Object.fromEntries(
        Object.entries(workerOptions.queueConsumers ?? {}).map(([queue, consumer]) => [
          queue,
          { ...(consumer as object), maxBatchTimeout: 0.05, ...(queue.endsWith("-dlq") ? {} : { maxRetries: 2 }) },
        ]),
      ),
    };
  });

  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // The same databases (by id) as the services use, so tests can prepare and inspect
          // what the services read and write; migrations are applied by test/apply-migrations.ts.
          d1Databases: Object.fromEntries(databases.map((db) => [db.binding, db.id])),
          queueProducers: { EVENTS: { queueName: "events" }, NOTIFY: { queueName: "notify" }, ETL_JOBS: { queueName: "etl-jobs" } },
          bindings: { TEST_MIGRATIONS: migrations },
          workers: auxiliary,
        },
      }),
    ],
    test: {
      include: ["test/**/*.test.ts", "src/**/*.test.ts", "shared/**/*.test.ts", "workers/*/src/**/*.test.ts"],
      exclude: ["test/browser/**"],
      setupFiles: ["./test/apply-migrations.ts"],
      // Starting workerd with thirteen Workers costs seconds, so test files share one runtime
      // (and its storage) instead of starting one each; tests use their own ids and keys.
      isolate: false,
      testTimeout: 20_000,
    },
  };
});
