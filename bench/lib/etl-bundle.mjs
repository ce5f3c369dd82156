// Bundles the ETL benchmark's driver Worker and its Node-side helpers with the options
// scripts/bundle-services.mjs uses for the services, so the ETL code they import is built the
// same way as the ETL Worker itself.
import { build } from "esbuild";
import { WORKER_BUILD } from "../../scripts/bundle-services.mjs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "../../scripts/workers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(root, ".build", "bench");

export async function bundleEtlBench() {
  await build({
    ...WORKER_BUILD,
    entryPoints: { "etl-driver-worker": join(here, "etl-driver-worker.mjs"), "etl-node": join(here, "etl-node.mjs") },
    outdir,
  });
  return { driverWorker: join(outdir, "etl-driver-worker.mjs"), node: join(outdir, "etl-node.mjs") };
}
