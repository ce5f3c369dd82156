import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { bundleServices } from "./scripts/bundle-services.mjs";
import { buildAssets } from "./scripts/build-assets.mjs";
import { sourceMirror } from "./test/stand-ins/source-mirror.mjs";
import { databases, services, root } from "./scripts/workers.mjs";
import { representStandIn } from "./test/stand-ins/represent.mjs";
import { EMAIL_PROVIDER_HOST, emailProviderStandIn } from "./test/stand-ins/email-provider.mjs";
import { generateSigningKeys } from "./workers/auth/scripts/generate-signing-key.mjs";
import { generateAssertionKeys } from "./scripts/assertion-keys.mjs";
import { join } from "node:path";

/**
 * Two kinds of project. `workers` (and `workers-outage`, see OWN_RUNTIME): tests run inside
 * workerd; the gateway (root wrangler.toml) is the main Worker, and the services run beside
 * it as auxiliary Workers with the bindings their own wrangler.toml files declare, so service
 * bindings, RPC, D1, KV and queues are the real local implementations. `browser`: user journeys
 * in Chromium against the running platform.
 */
export default defineConfig(async () => {
  buildAssets();
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
        ...(workerOptions.bindings && "HEALTH_TIMEOUT_MS" in workerOptions.bindings ? { HEALTH_TIMEOUT_MS: "10000" } : {}),
        // Their console is printed as it comes, not with the test it belongs to: a line per
        // request would bury failures, so only failed requests are logged.
        REQUEST_LOG: "errors",
      },
      // The ETL's fetches go to the stand-in for the publishers' sites (a mirror of data/sources/).
      ...(name === "etl" ? { outboundService: sourceMirror } : {}),
      queueConsumers: Object.fromEntries(
        Object.entries(workerOptions.queueConsumers ?? {}).map(([queue, consumer]) => [
          queue,
          { ...(consumer as object), maxBatchTimeout: 0.05, ...(queue.endsWith("-dlq") ? {} : { maxRetries: 2 }) },
        ]),
      ),
    };
  });

  // --- Represent stand-in ---------------------------------------------------------------------
  // Tests have no internet: the parliament Worker's outbound fetches (Represent's postcode API,
  // for /postcodes/{code}) go to a small local Worker answering in Represent's format.
  const withRepresent = [
    ...auxiliary.map((worker) => (worker.name === "openpolicy-parliament" ? { ...worker, outboundService: representStandIn.name } : worker)),
    representStandIn,
  ];
  // ----------------------------------------------------------------------------------------------

  // --- Email provider stand-in -------------------------------------------------------------------
  // The notifications Worker sends email through the provider's HTTP API when EMAIL_API_URL is
  // set; here it is set to a stand-in (its outbound service) that keeps what it accepts, which
  // tests read back through the EMAIL_OUTBOX binding. The API key is made per run, never committed.
  const emailApiKey = `re_test_${crypto.randomUUID().replaceAll("-", "")}`;
  const emailStandIn = emailProviderStandIn(emailApiKey);
  const withStandIns = [
    ...withRepresent.map((worker) =>
      worker.name === "openpolicy-notifications" && "bindings" in worker
        ? {
            ...worker,
            outboundService: emailStandIn.name,
            bindings: { ...worker.bindings, EMAIL_API_URL: `https://${EMAIL_PROVIDER_HOST}`, EMAIL_API_KEY: emailApiKey },
          }
        : worker,
    ),
    emailStandIn,
  ];
  // ----------------------------------------------------------------------------------------------

  // --- Auth signing keys -------------------------------------------------------------------------
  // The auth Worker signs access tokens with the keys in its secret AUTH_SIGNING_KEYS. Tests get a
  // fresh pair made here, never committed: the first signs, the second only verifies, as in the
  // middle of a key rotation. Tests see the same set as TEST_AUTH_SIGNING_KEYS, to sign with the second.
  const authSigningKeys = await generateSigningKeys(["test-key-1", "test-key-2"]);
  const withAuthSecrets = withStandIns.map((worker) =>
    worker.name === "openpolicy-auth" && "bindings" in worker ? { ...worker, bindings: { ...worker.bindings, AUTH_SIGNING_KEYS: authSigningKeys } } : worker,
  );
  // The gateway signs each forwarded request's assertion of the caller with a key pair made here:
  // the gateway (the main Worker, and so the tests) holds the private key, every service the public.
  const assertionKeys = await generateAssertionKeys("test-assertion-key");
  const withAssertionKeys = withAuthSecrets.map((worker) =>
    worker.name.startsWith("openpolicy-")
      ? { ...worker, bindings: { ...("bindings" in worker ? worker.bindings : {}), GATEWAY_ASSERTION_PUBLIC_KEYS: assertionKeys.public } }
      : worker,
  );
  // ----------------------------------------------------------------------------------------------

  const workersProject = (name: string, include: string[], exclude: string[] = []) => ({
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          // The same databases (by id) as the services use, so tests can prepare and inspect
          // what the services read and write; migrations are applied by test/apply-migrations.ts.
          d1Databases: Object.fromEntries(databases.map((db) => [db.binding, db.id])),
          queueProducers: { EVENTS: { queueName: "events" }, NOTIFY: { queueName: "notify" }, ETL_JOBS: { queueName: "etl-jobs" } },
          // Test files run side by side on two cores while the ETL loads real data: a generous
          // health timeout keeps a busy (not broken) service from reading as down. The timeout
          // itself is tested with its own short value.
          bindings: {
            TEST_MIGRATIONS: migrations,
            HEALTH_TIMEOUT_MS: "10000",
            TEST_AUTH_SIGNING_KEYS: authSigningKeys,
            GATEWAY_ASSERTION_KEY: assertionKeys.private,
          },
          serviceBindings: { EMAIL_OUTBOX: emailStandIn.name },
          workers: withAssertionKeys,
        },
      }),
    ],
    test: {
      name,
      include,
      exclude: ["test/browser/**", ...exclude],
      setupFiles: ["./test/apply-migrations.ts"],
      // Starting workerd with thirteen Workers costs seconds, so test files share one runtime
      // (and its storage) instead of starting one each; tests use their own ids and keys.
      isolate: false,
      testTimeout: 60_000,
    },
  });

  // Files in one runtime run one after another and share its storage. A test that leaves
  // something every other test relies on broken (an upstream's breaker open, which degrades its
  // service) gets a runtime of its own: `workers-outage`, beside `workers`.
  const OWN_RUNTIME = ["test/parliament-upstream-breaker.test.ts"];

  /**
   * User journeys in Chromium against the whole platform as `npm start` runs it (on free ports,
   * with state of its own), started once by the global setup and shared by every file.
   */
  const browserProject = {
    test: {
      name: "browser",
      include: ["test/browser/**/*.test.ts"],
      environment: "node",
      globalSetup: ["./test/browser/global-setup.ts"],
      // One Chromium at a time: the platform, the ETL and the other project share two cores.
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  };

  /**
   * The scripts as processes on a machine (`npm start`'s servers, signals, ports; what `npm test`
   * needs first): Node-side tests beside the scripts, each starting what it needs itself.
   */
  const scriptsProject = {
    test: {
      name: "scripts",
      include: ["scripts/**/*.test.ts"],
      environment: "node",
      // Starting the platform twice on two cores that the other projects share.
      testTimeout: 300_000,
      hookTimeout: 600_000,
    },
  };

  return {
    test: {
      projects: [
        workersProject("workers", ["test/**/*.test.ts", "src/**/*.test.ts", "shared/**/*.test.ts", "workers/*/src/**/*.test.ts"], OWN_RUNTIME),
        workersProject("workers-outage", OWN_RUNTIME),
        browserProject,
        scriptsProject,
      ],
      // Stopping the browser tests' platform waits for wrangler and workerd to exit.
      teardownTimeout: 30_000,
      // The services log every request as JSON: thousands of lines that would bury a failure.
      // A failing test's logs are printed with it; a passing test's are dropped.
      silent: "passed-only" as const,
    },
  };
});
