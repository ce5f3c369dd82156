// Bundles the ETL benchmark's driver Worker and its Node-side helpers with the options
// scripts/bundle-services.mjs uses for the services, so the ETL code they import is built the
// same way as the ETL Worker itself.
import { build } from "esbuild";
import { WORKER_BUILD } from "../../scripts/bundle-services.mjs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "../../scripts/workers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(root, ".build", "bench");

/**
 * load/hansard.ts keeps its table specs private. Rather than copy them (and measure a copy that
 * drifts from the real ones), the bundle adds an export of the two it needs; renaming them in
 * hansard.ts breaks this build loudly.
 */
const exportHansardSpecs = {
  name: "export-hansard-specs",
  setup(b) {
    b.onLoad({ filter: /[\\/]workers[\\/]etl[\\/]src[\\/]load[\\/]hansard\.ts$/ }, async (args) => ({
      contents: `${await readFile(args.path, "utf8")}\nexport { DIVISIONS, BALLOTS };\n`,
      loader: "ts",
    }));
  },
};

export async function bundleEtlBench() {
  await build({
    ...WORKER_BUILD,
    entryPoints: { "etl-driver-worker": join(here, "etl-driver-worker.mjs"), "etl-node": join(here, "etl-node.mjs") },
    outdir,
    plugins: [exportHansardSpecs],
  });
  return { driverWorker: join(outdir, "etl-driver-worker.mjs"), node: join(outdir, "etl-node.mjs") };
}
