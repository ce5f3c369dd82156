/**
 * Starts the whole platform once for every browser test file, the way `npm start` does, but from
 * a copy of the checkout in a temporary directory, on free ports and with a dev registry of its
 * own: a developer's `npm start` (its ports, .wrangler/state and build output) is neither touched
 * nor in the way, and edits made during the run do not restart it. It then waits for the ETL to
 * load the real data from the local mirror of data/sources/. The platform's own output goes to
 * test-artifacts/platform.log.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { copyCheckout } from "../../scripts/platform.mjs";
import { artifactsDir, platformLog } from "./artifacts";

type PlatformModule = typeof import("../../scripts/platform.mjs");

// A first start on two busy cores: bundling thirteen Workers, then loading every source.
const READY_TIMEOUT_MS = 180_000;
const DATA_TIMEOUT_MS = 300_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(artifactsDir, { recursive: true });
  rmSync(platformLog, { force: true });
  const scratchDir = mkdtempSync(join(tmpdir(), "openpolicy-browser-"));
  // A run cut short (Ctrl-C) exits without teardown; platform.mjs kills the platform's processes,
  // and this removes what they leave.
  const removeScratch = () => rmSync(scratchDir, { recursive: true, force: true });
  process.once("exit", removeScratch);

  const started = Date.now();
  let platform: Awaited<ReturnType<PlatformModule["startPlatform"]>> | undefined;
  try {
    const checkout = copyCheckout(join(scratchDir, "checkout"));
    const { startPlatform }: PlatformModule = await import(pathToFileURL(join(checkout, "scripts", "platform.mjs")).href);
    platform = await startPlatform({
      port: 0,
      webPort: 0,
      devRegistry: join(scratchDir, "registry"),
      quiet: true,
      logFile: platformLog,
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
    if (!platform.up) {
      throw new Error(platform.failure() ?? `The platform did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
    }
    await platform.waitForData({ timeoutMs: DATA_TIMEOUT_MS });
    project.provide("apiUrl", platform.apiUrl);
    project.provide("webUrl", platform.webUrl);
    project.provide("stateDir", platform.stateDir);
    console.log(`Browser tests: platform up with its data in ${((Date.now() - started) / 1000).toFixed(1)} s (${platform.webUrl}).`);
  } catch (err) {
    // Every browser test then fails with this, while the other project's tests still run.
    project.provide("platformError", `${err instanceof Error ? err.message : String(err)}\n\nLast lines of ${platformLog}:\n${tail(platformLog, 30)}`);
  }

  return async () => {
    try {
      await platform?.stop();
    } finally {
      process.off("exit", removeScratch);
      removeScratch();
    }
  };
}

/** The end of the log, without the start-up's own polling of the ETL. */
function tail(file: string, lines: number): string {
  try {
    const log = readFileSync(file, "utf8").trimEnd().split("\n");
    return log
      .filter((line) => !line.includes("/api/v1/etl/sources"))
      .slice(-lines)
      .join("\n");
  } catch {
    return "(no output)";
  }
}
