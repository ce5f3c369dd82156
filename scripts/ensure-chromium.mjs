// The browser tests drive Debian's Chromium (Playwright's own browser downloads are not reachable
// from these machines). `npm test` and CI run this before any test: it installs Chromium where
// this process may (as root, or through sudo without a password), and otherwise stops at once with
// the one command to run, instead of the browser tests failing after minutes of other tests.
import { accessSync, constants } from "node:fs";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * What to do when there is no Chromium at `path`, from what the machine allows.
 *
 * @param {object} machine
 * @param {string} machine.path where the tests look for Chromium ($CHROMIUM_PATH or Debian's)
 * @param {boolean} machine.aptGet whether apt-get is there
 * @param {boolean} machine.root
 * @param {boolean} machine.sudo whether sudo works without a password
 * @param {boolean} machine.knowsChromium whether the package lists know chromium (`apt-cache show`)
 * @returns {{ install: { sudo: boolean, update: boolean } } | { stop: string }}
 */
export function chromiumPlan({ path, aptGet, root, sudo, knowsChromium }) {
  const missing = `The browser tests need Chromium, and there is none at ${path}.`;
  if (path !== DEBIAN_CHROMIUM) {
    return {
      stop: `${missing} Point CHROMIUM_PATH at a Chromium binary, or unset it for Debian's (${DEBIAN_CHROMIUM}):\n\n  CHROMIUM_PATH=/path/to/chromium npm test`,
    };
  }
  if (!aptGet) return { stop: `${missing} Install Chromium, then tell the tests where it is:\n\n  CHROMIUM_PATH=/path/to/chromium npm test` };
  if (root || sudo) return { install: { sudo: !root, update: !knowsChromium } };
  const install = knowsChromium ? "sudo apt-get install -y chromium" : "sudo apt-get update && sudo apt-get install -y chromium";
  return { stop: `${missing} Install Debian's Chromium, then run npm test again:\n\n  ${install}` };
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const succeeds = (cmd, args) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

function main() {
  const path = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
  if (executable(path)) return 0;

  const root = process.getuid?.() === 0;
  const plan = chromiumPlan({
    path,
    aptGet: succeeds("apt-get", ["--version"]),
    root,
    sudo: !root && succeeds("sudo", ["-n", "true"]),
    knowsChromium: succeeds("apt-cache", ["show", "chromium"]),
  });
  if ("stop" in plan) {
    console.error(`\n${plan.stop}\n`);
    return 1;
  }

  const apt = (...args) => {
    const cmd = [...(plan.install.sudo ? ["sudo", "-n"] : []), "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args];
    console.log(`\x1b[36m▸\x1b[0m ${cmd.join(" ")}`);
    return spawnSync(cmd[0], cmd.slice(1), { stdio: "inherit" }).status === 0;
  };
  console.log("Installing Debian's Chromium for the browser tests (once per machine).");
  // A fresh machine may have no package lists yet.
  if (plan.install.update && !apt("update")) return 1;
  if (!apt("install", "-y", "chromium")) return 1;
  if (!executable(path)) {
    console.error(`\napt-get installed chromium, but there is still nothing at ${path}.\n`);
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(main());
