#!/usr/bin/env node
// Makes the key pair of the gateway's signed assertions (README, Security): the gateway's secret
// GATEWAY_ASSERTION_KEY (a private Ed25519 JWK with a kid) and every service's secret
// GATEWAY_ASSERTION_PUBLIC_KEYS (a JSON array of public JWKs: the current key, and during a
// rotation the next one too).
//
//   node scripts/assertion-keys.mjs              a new pair, as JSON { private, public }
//   node scripts/assertion-keys.mjs --dev-vars   writes both into every Worker's .dev.vars (local runs)
//
// Production: put the private JWK with `wrangler secret put GATEWAY_ASSERTION_KEY` (root config)
// and the public set with `wrangler secret put GATEWAY_ASSERTION_PUBLIC_KEYS -c workers/<name>/wrangler.toml`
// for each service. To rotate: add the new public key to every service first, then give the
// gateway the new private key, then drop the old public key.
import { webcrypto } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newKid } from "../workers/auth/scripts/generate-signing-key.mjs";
import { workers } from "./workers.mjs";

export async function generateAssertionKeys(kid = newKid()) {
  const { privateKey } = await webcrypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
  const { kty, crv, x, d } = await webcrypto.subtle.exportKey("jwk", privateKey);
  return { private: JSON.stringify({ kty, crv, x, d, kid }), public: JSON.stringify([{ kty, crv, x, kid }]) };
}

const PRIVATE = "GATEWAY_ASSERTION_KEY";
const PUBLIC = "GATEWAY_ASSERTION_PUBLIC_KEYS";

/** The value of `name` in a .dev.vars file, or undefined. */
function devVar(file, name) {
  if (!existsSync(file)) return undefined;
  const match = new RegExp(`^${name}='([^']*)'$`, "m").exec(readFileSync(file, "utf8"));
  return match?.[1];
}

/** Sets `name` in a .dev.vars file, keeping every other line (the auth Worker keeps its own secrets there). */
function setDevVar(file, name, value) {
  const lines = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l !== "" && !l.startsWith(`${name}=`))
    : [];
  // dotenv keeps a single-quoted value as is, so the JSON needs no escaping.
  writeFileSync(file, `${[...lines, `${name}='${value}'`].join("\n")}\n`);
}

/**
 * Makes sure every Worker's .dev.vars holds a matching pair (a new one when any is missing or
 * they disagree); answers whether it wrote anything.
 */
export async function ensureDevAssertionKeys() {
  const gatewayVars = join(workers[0].dir, ".dev.vars");
  const services = workers.slice(1).map((w) => join(w.dir, ".dev.vars"));
  const current = devVar(gatewayVars, PRIVATE);
  if (current) {
    const { kty, crv, x, kid } = JSON.parse(current);
    const expected = JSON.stringify([{ kty, crv, x, kid }]);
    if (services.every((file) => devVar(file, PUBLIC) === expected)) return false;
  }
  const pair = await generateAssertionKeys();
  setDevVar(gatewayVars, PRIVATE, pair.private);
  for (const file of services) setDevVar(file, PUBLIC, pair.public);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = process.argv.includes("--dev-vars")
    ? ensureDevAssertionKeys().then((wrote) =>
        console.log(wrote ? "Wrote a new assertion key pair into every Worker's .dev.vars." : "Every Worker's .dev.vars already holds the pair."),
      )
    : generateAssertionKeys().then((pair) => console.log(JSON.stringify(pair)));
  run.catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
