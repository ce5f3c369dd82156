// The gateway's route table (shared/service/routes.ts), read by the benchmarks instead of copied:
// compiled with esbuild in memory and imported, so a route added there is routed here too.
import { build } from "esbuild";
import { join } from "node:path";
import { root } from "../../scripts/workers.mjs";

/** @returns {Promise<readonly { prefix: string; service: string; access: string; methods?: readonly string[] }[]>} */
export async function routeTable() {
  const { outputFiles } = await build({
    entryPoints: [join(root, "shared", "service", "routes.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  const { ROUTES } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString("base64")}`);
  return ROUTES;
}

/** The public read prefixes a service answers, as the gateway routes them. */
export async function publicReadPrefixes(service) {
  return (await routeTable()).filter((r) => r.service === service && r.access === "public" && r.methods?.includes("GET")).map((r) => r.prefix);
}
