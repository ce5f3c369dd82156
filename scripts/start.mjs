// `npm start`: everything the platform needs, locally, in one command. Installs dependencies when
// they are missing, lays out the docs and builds the web app, applies every D1 migration, then
// serves the gateway with every service (one wrangler process, gateway first so it gets
// the port) and the web app on Pages dev, bound to the gateway (see platform.mjs). Ctrl-C, SIGTERM
// or a closed terminal stops everything, and so does this process being killed outright (a
// watchdog, scripts/reaper.mjs, sees to it). State lives in .wrangler/state and persists between
// runs; the Workers find each other through a dev registry of that state's own, so two checkouts
// can run side by side on different ports.
//
//   PORT=8787 WEB_PORT=8788 npm start
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root } from "./workers.mjs";

const port = Number(process.env.PORT ?? "8787");
const webPort = Number(process.env.WEB_PORT ?? "8788");
const host = process.env.HOST ?? "127.0.0.1";
const step = (what) => console.log(`\x1b[36m▸\x1b[0m ${what}`);

if (!existsSync(join(root, "node_modules", ".bin", "wrangler"))) {
  step("Installing dependencies (npm ci)");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\nnpm ci --no-audit --no-fund failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const { startPlatform } = await import("./platform.mjs");

let platform;
let exiting = false;
const exit = async (code) => {
  if (exiting) return;
  exiting = true;
  await platform?.stop().catch((err) => console.error(err.message));
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void exit(0));

try {
  platform = await startPlatform({
    port,
    webPort,
    host,
    onStep: step,
    onReady: ({ health, seconds }) =>
      console.log(
        `\n\x1b[32m✓ OpenPolicy is up in ${seconds.toFixed(1)} s\x1b[0m — platform ${health.status}` +
          `\n  web app      http://${host}:${webPort}/` +
          `\n  API          http://${host}:${port}/api/v1/health` +
          `\n  API docs     http://${host}:${port}/docs/` +
          `\n  Ctrl-C stops everything.\n`,
      ),
    onChildExit: (name, how) => {
      console.error(`${name} stopped (${how}); stopping the rest.`);
      void exit(1);
    },
  });
} catch (err) {
  console.error(`\n${err.message}`);
  await exit(1);
}

if (platform.up) console.log("  Loading the data sources that are due; progress at /api/v1/etl/sources.\n");
else if (!exiting) console.error(`The platform did not come up within 60 s; see the output above.`);
