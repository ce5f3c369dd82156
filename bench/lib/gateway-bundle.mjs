// The gateway as one plain ES module, for runs outside `wrangler dev`. Built with the options
// scripts/bundle-services.mjs uses for the services (wrangler's Worker defaults), so the gateway
// and the services it calls are measured as the same kind of bundle.
import { build } from "esbuild";
import { WORKER_BUILD } from "../../scripts/bundle-services.mjs";
import { join } from "node:path";
import { root } from "../../scripts/workers.mjs";

export const gatewayBundle = join(root, ".build", "bench", "gateway.mjs");

export async function bundleGateway() {
  await build({
    entryPoints: [join(root, "src", "index.ts")],
    ...WORKER_BUILD,
    outfile: gatewayBundle,
  });
  return gatewayBundle;
}
