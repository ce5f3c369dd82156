// The gateway as one plain ES module, for runs outside `wrangler dev`. Built with the options
// scripts/bundle-services.mjs uses for the services (wrangler's Worker defaults), so the gateway
// and the services it calls are measured as the same kind of bundle.
import { build } from "esbuild";
import { join } from "node:path";
import { root } from "../../scripts/workers.mjs";

export const gatewayBundle = join(root, ".build", "bench", "gateway.mjs");

export async function bundleGateway() {
  await build({
    entryPoints: [join(root, "src", "index.ts")],
    outfile: gatewayBundle,
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    external: ["cloudflare:*", "node:*"],
    sourcemap: "linked",
    logLevel: "warning",
  });
  return gatewayBundle;
}
