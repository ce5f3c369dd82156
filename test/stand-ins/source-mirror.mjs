// A stand-in for the publishers' web sites, for tests: the ETL Worker's outbound requests to
// http://mirror.openpolicy.test/ are answered from data/sources/ (and its manifest), exactly as
// `npm start` serves them from the gateway's /sources/. Anything else is refused, so a test can
// never reach the internet. Registered as the ETL Worker's `outboundService` in vitest.config.ts.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { sourceManifest, sourcesDir } from "../../scripts/build-assets.mjs";

export const MIRROR_ORIGIN = "http://mirror.openpolicy.test";

/**
 * Broken publications, made from the real ones, for the tests of what the ETL refuses:
 * `/broken/<kind>/<folder>/<file>` serves that file damaged in one way.
 */
const BREAKERS = {
  empty: () => new Uint8Array(),
  // Cut mid-document, as an interrupted download leaves it.
  truncated: (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)),
  // Re-encoded as Latin-1 while still declaring UTF-8: accents become invalid UTF-8 bytes.
  latin1: (bytes) => Uint8Array.from(new TextDecoder().decode(bytes), (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63)),
  // Not the document at all: an error page served with 200.
  html: () => new TextEncoder().encode("<!doctype html><html><body><h1>Service unavailable</h1></body></html>"),
};

export async function sourceMirror(request) {
  const url = new URL(request.url);
  if (url.origin !== MIRROR_ORIGIN) return new Response(`no route to ${url.origin} from tests`, { status: 502 });
  const path = decodeURIComponent(url.pathname).replace(/^\/+/, "");
  if (path === "manifest.json") return Response.json(sourceManifest());
  const broken = path.match(/^broken\/([a-z0-9]+)\/(.+)$/);
  if (broken) {
    const breaker = BREAKERS[broken[1]];
    const original = normalize(join(sourcesDir, broken[2]));
    if (!breaker || !original.startsWith(sourcesDir) || !existsSync(original)) return new Response("not found", { status: 404 });
    return new Response(breaker(new Uint8Array(readFileSync(original))));
  }
  const file = normalize(join(sourcesDir, path));
  if (!file.startsWith(sourcesDir) || !existsSync(file) || !statSync(file).isFile()) return new Response("not found", { status: 404 });
  return new Response(readFileSync(file));
}
