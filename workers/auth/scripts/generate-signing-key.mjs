#!/usr/bin/env node
// Makes access-token signing keys for the auth Worker's secret AUTH_SIGNING_KEYS: a JSON array of
// private ES256 JWKs, each with a kid; the first signs, all verify (see workers/auth/README.md).
//
//   node workers/auth/scripts/generate-signing-key.mjs                 a new set of one key (JSON)
//   node workers/auth/scripts/generate-signing-key.mjs --dev-vars      the same as a .dev.vars line
//   node workers/auth/scripts/generate-signing-key.mjs --rotate <file> a new key first, then the set in <file> ("-" for stdin)
//
// Production: `… | npx wrangler secret put AUTH_SIGNING_KEYS -c workers/auth/wrangler.toml`.
import { readFileSync } from "node:fs";
import { webcrypto } from "node:crypto";

/** A kid that sorts by creation and says when the key was made: `2026-04-01-k7x2m9`. */
export function newKid(now = new Date()) {
  const random = Array.from(webcrypto.getRandomValues(new Uint8Array(6)), (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("");
  return `${now.toISOString().slice(0, 10)}-${random}`;
}

export async function generateSigningKey(kid = newKid()) {
  const { privateKey } = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const { kty, crv, x, y, d } = await webcrypto.subtle.exportKey("jwk", privateKey);
  return { kty, crv, x, y, d, kid };
}

/** The secret's value for these kids, in order (the first signs). */
export async function generateSigningKeys(kids = [newKid()]) {
  return JSON.stringify(await Promise.all(kids.map((kid) => generateSigningKey(kid))));
}

async function main(args) {
  const rotate = args.indexOf("--rotate");
  let keys;
  if (rotate >= 0) {
    const source = args[rotate + 1];
    if (!source) throw new Error("--rotate needs the file holding the current key set, or - for stdin");
    const current = JSON.parse(readFileSync(source === "-" ? 0 : source, "utf8"));
    if (!Array.isArray(current)) throw new Error("the current key set must be a JSON array of JWKs");
    keys = JSON.stringify([await generateSigningKey(), ...current]);
  } else {
    keys = await generateSigningKeys();
  }
  // dotenv keeps a single-quoted value as is, so the JSON needs no escaping.
  process.stdout.write(args.includes("--dev-vars") ? `AUTH_SIGNING_KEYS='${keys}'\n` : `${keys}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
