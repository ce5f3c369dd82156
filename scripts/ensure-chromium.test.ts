/**
 * What `npm test` does before any test about the Chromium the browser tests drive: install
 * Debian's where it may, otherwise stop at once with the one command to run.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromiumPlan, DEBIAN_CHROMIUM } from "./ensure-chromium.mjs";
import { root } from "./workers.mjs";

const debian = { path: DEBIAN_CHROMIUM, aptGet: true, root: false, sudo: false, knowsChromium: true };

describe("chromiumPlan", () => {
  it("installs as root without sudo, updating the package lists only when they do not know chromium", () => {
    expect(chromiumPlan({ ...debian, root: true })).toEqual({ install: { sudo: false, update: false } });
    expect(chromiumPlan({ ...debian, root: true, knowsChromium: false })).toEqual({ install: { sudo: false, update: true } });
  });

  it("installs through sudo when sudo needs no password", () => {
    expect(chromiumPlan({ ...debian, sudo: true })).toEqual({ install: { sudo: true, update: false } });
  });

  it("stops with the one command to run when it may not install", () => {
    const plan = chromiumPlan(debian);
    expect(plan).toEqual({ stop: expect.stringContaining("\n  sudo apt-get install -y chromium") });
    expect(chromiumPlan({ ...debian, knowsChromium: false })).toEqual({
      stop: expect.stringContaining("\n  sudo apt-get update && sudo apt-get install -y chromium"),
    });
  });

  it("installs nothing for a CHROMIUM_PATH of one's own, nor without apt-get", () => {
    for (const machine of [
      { ...debian, root: true, path: "/opt/chromium/chrome" },
      { ...debian, root: true, aptGet: false },
    ]) {
      expect(chromiumPlan(machine)).toEqual({ stop: expect.stringContaining("CHROMIUM_PATH=/path/to/chromium npm test") });
    }
  });
});

describe("scripts/ensure-chromium.mjs", () => {
  const scratch = mkdtempSync(join(tmpdir(), "openpolicy-chromium-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const ensure = (chromiumPath: string) =>
    spawnSync(process.execPath, [join(root, "scripts", "ensure-chromium.mjs")], { encoding: "utf8", env: { ...process.env, CHROMIUM_PATH: chromiumPath } });

  it("fails, naming the command to run, when there is no Chromium it may install", () => {
    const result = ensure(join(scratch, "no-chromium-here"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("CHROMIUM_PATH=/path/to/chromium npm test");
  });

  it("passes, saying nothing, when Chromium is there", () => {
    const chromium = join(scratch, "chromium");
    writeFileSync(chromium, "#!/bin/sh\n");
    chmodSync(chromium, 0o755);
    const result = ensure(chromium);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe("");
  });

  it("runs before vitest in npm test, which runs no test when it fails", () => {
    // (Running npm test here would run this suite inside itself.)
    const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(scripts.test).toMatch(/^node scripts\/ensure-chromium\.mjs && exec vitest run$/);
  });
});
