// The ETL Worker as the benchmarks run it, with their driver Worker beside it: the ETL reads
// the sources from the source-mirror stand-in (data/sources/, no network) and its queues
// deliver after `batchTimeout` seconds instead of the deployed wait, and the driver Worker
// (etl-driver-worker.mjs) starts loads and reads D1 for the benchmark over plain POSTs.
import { join } from "node:path";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { root } from "../../scripts/workers.mjs";
import { sourceMirror } from "../../test/stand-ins/source-mirror.mjs";
import { serviceWorkerName } from "./platform.mjs";

export const ETL = serviceWorkerName("etl");
export const DRIVER = "bench-etl-driver";

/** The ETL Worker's own options, from its wrangler.toml. */
export const etlWorkerOptions = () => unstable_getMiniflareWorkerOptions(join(root, "workers", "etl", "wrangler.toml")).workerOptions;

/**
 * `startServices` options for the ETL and the driver: `extra` for the ETL Worker, `workers` with
 * the driver, bound to the same D1 databases and KV as the ETL.
 *
 * @param {{ driverWorker: string }} bundles from etl-bundle.mjs
 * @param {number} batchTimeout seconds a queue waits to fill a batch
 */
export function etlWithDriver(bundles, batchTimeout) {
  const etl = etlWorkerOptions();
  return {
    extra: {
      [ETL]: {
        outboundService: sourceMirror,
        queueConsumers: Object.fromEntries(Object.entries(etl.queueConsumers).map(([queue, c]) => [queue, { ...c, maxBatchTimeout: batchTimeout }])),
      },
    },
    workers: [
      {
        name: DRIVER,
        modules: true,
        scriptPath: bundles.driverWorker,
        compatibilityDate: etl.compatibilityDate,
        d1Databases: etl.d1Databases,
        kvNamespaces: etl.kvNamespaces,
        serviceBindings: { ETL },
      },
    ],
  };
}

/** `call(path, body)`: a POST to the driver Worker, its JSON answer, or an error naming the path. */
export async function driverClient(mf) {
  const driver = await mf.getWorker(DRIVER);
  return async (path, body = {}) => {
    const res = await driver.fetch(`http://driver.bench${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`driver ${path} answered ${res.status}: ${text.slice(0, 2000)}`);
    return JSON.parse(text);
  };
}
