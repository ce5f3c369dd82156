// Bundles search-node.mjs with the options the services are bundled with, so the SQL the
// baseline runs is built by the same code as in the search Worker.
import { build } from "esbuild";
import { WORKER_BUILD } from "../../scripts/bundle-services.mjs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { root } from "../../scripts/workers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(root, ".build", "bench");

export async function bundleSearchNode() {
  await build({
    ...WORKER_BUILD,
    entryPoints: { "search-node": join(here, "search-node.mjs") },
    outdir,
  });
  return join(outdir, "search-node.mjs");
}
