// Bundles every service Worker for runs outside `wrangler dev`: the vitest pool loads services
// as auxiliary Workers, which it does not transform, so they need plain JavaScript modules.
// One esbuild call for every service with the options wrangler uses for Workers (ESM, the
// workerd/worker/browser export conditions, `cloudflare:` modules left to the runtime).
import { build } from "esbuild";
import { join } from "node:path";
import { root, services } from "./workers.mjs";

export const bundleDir = join(root, ".build", "services");

/** How any Worker code is bundled for workerd outside wrangler (services, benchmark drivers). */
export const WORKER_BUILD = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  conditions: ["workerd", "worker", "browser"],
  mainFields: ["module", "main"],
  external: ["cloudflare:*", "node:*"],
  outExtension: { ".js": ".mjs" },
  sourcemap: "linked",
  logLevel: "warning",
};

export async function bundleServices() {
  await build({
    ...WORKER_BUILD,
    entryPoints: Object.fromEntries(services.map((s) => [s, join(root, "workers", s, "src", "index.ts")])),
    outdir: bundleDir,
  });
  return Object.fromEntries(services.map((s) => [s, join(bundleDir, `${s}.mjs`)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await bundleServices());
}
