// What the gateway's armour costs a request, and how it compares with the usual Node gateway:
// the same parliament read answered by the parliament Worker directly, through our gateway
// (anonymous, and signed in with a JWT verified at the edge; a per-caller RateLimiter Durable
// Object reached through the gateway's leases, and a per-service CircuitBreaker Durable Object,
// either way), and through an Express + jsonwebtoken + express-rate-limit + http-proxy-middleware
// gateway in front of the same Worker.
// The rate limits are raised so the limiter counts every request but refuses none; two more
// variants measure a caller who is over the limit.
import { tmpdir } from "node:os";
import { cpuMeters, processCpuMs } from "./lib/cpu.mjs";
import { ACCESS_TOKEN, generateSigningKey, mintAccessToken, seedSession } from "./lib/access-tokens.mjs";
import { startExpressGateway } from "./lib/express-gateway.mjs";
import { compare } from "./lib/load.mjs";
import { GATEWAY, serviceWorkerName, startPlatform } from "./lib/platform.mjs";
import { publicReadPrefixes } from "./lib/route-table.mjs";
import { fmt, ratios, report, roundRatios, table } from "./lib/report.mjs";

export const description =
  "GET /api/v1/sessions direct vs through the gateway (JWT + RateLimiter DO + CircuitBreaker DO) vs an Express + jsonwebtoken + express-rate-limit + http-proxy-middleware gateway";

export const defaults = { concurrency: 16, warmup: 3, duration: 8, rounds: 8 };

const PARLIAMENT = serviceWorkerName("parliament");
const AUTH = serviceWorkerName("auth");
const PATH = "/api/v1/sessions";
const SESSIONS = [
  ["45-1", 45, 1, "45th Parliament, 1st Session", "1re session de la 45e législature", "2025-05-26", null],
  ["44-1", 44, 1, "44th Parliament, 1st Session", "1re session de la 44e législature", "2021-11-22", "2025-01-06"],
  ["43-2", 43, 2, "43rd Parliament, 2nd Session", "2e session de la 43e législature", "2020-09-23", "2021-08-15"],
];

// Every tier shares one window (express-rate-limit has a single one). An hour, so the one caller
// over the limit (analyst: 1 request) stays over it for the whole run under both limiters; every
// other tier is high enough that the limiter counts each request and never refuses one.
const WINDOW_SECONDS = 3600;
const UNLIMITED = { limit: 1_000_000_000, windowSeconds: WINDOW_SECONDS };
const SETTINGS = {
  rateLimits: {
    anonymous: UNLIMITED,
    citizen: UNLIMITED,
    analyst: { limit: 1, windowSeconds: WINDOW_SECONDS },
    admin: UNLIMITED,
    free: UNLIMITED,
    partner: UNLIMITED,
  },
  breaker: { failureThreshold: 5, windowSeconds: 30, cooldownSeconds: 30, halfOpenProbes: 1 },
};

// The gateway adds it to every API answer; a "direct" answer carrying it went through a gateway.
const GATEWAY_ONLY_HEADER = "content-security-policy";

const sessionPage = (body) =>
  body.startsWith('{"data":[') && SESSIONS.every(([code]) => body.includes(`"code":"${code}"`)) ? undefined : `not the sessions page: ${body.slice(0, 200)}`;
const rateLimited = (body) => (body.includes('"status":429') ? undefined : `not a rate-limit problem: ${body.slice(0, 200)}`);

export default async function run({ concurrency, warmup, duration, rounds, progress }) {
  progress("bundling and starting the gateway and every service");
  progress("AUTH_SIGNING_KEYS is a fresh key made here and given to the auth Worker: wrangler's warning that it is missing does not apply");
  const started = performance.now();
  const signingKey = await generateSigningKey();
  // Direct sockets reach one Worker each, without Miniflare's entry Worker, so the parliament
  // Worker is called the same way by the client (direct) and by the Express gateway, and the
  // gateway the same way by the client as the Express gateway is.
  const directSocket = { unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }] };
  const { mf, runtimeOutput, dispose } = await startPlatform({
    extra: {
      [GATEWAY]: directSocket,
      [PARLIAMENT]: directSocket,
      [AUTH]: { bindings: { AUTH_SIGNING_KEYS: JSON.stringify([signingKey]) } },
    },
    gatewaySettings: SETTINGS,
  });
  let express;
  try {
    await seedSessions(mf);
    const gatewayUrl = String(await mf.unsafeGetDirectURL(GATEWAY)).replace(/\/$/, "");
    const parliamentUrl = String(await mf.unsafeGetDirectURL(PARLIAMENT)).replace(/\/$/, "");
    progress(`platform up and migrated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The Express gateway gets its keys where any client would: the auth service's JWKS.
    const jwksResponse = await fetch(`${gatewayUrl}/.well-known/jwks.json`);
    const jwks = await jwksResponse.json();
    if (!jwksResponse.ok || !jwks.keys?.some((k) => k.kid === signingKey.kid)) {
      throw new Error(`the auth service does not publish the signing key: ${jwksResponse.status} ${JSON.stringify(jwks).slice(0, 300)}`);
    }
    express = await startExpressGateway({
      upstream: parliamentUrl,
      jwks,
      token: ACCESS_TOKEN,
      rateLimits: SETTINGS.rateLimits,
      breaker: SETTINGS.breaker,
      // What the gateway routes to the parliament Worker, from its own route table.
      prefixes: await publicReadPrefixes("parliament"),
      service: "parliament",
    });

    const identity = await mf.getD1Database("IDENTITY", AUTH);
    const token = async (userId, roles) => {
      const sessionId = crypto.randomUUID();
      await seedSession(identity, { userId, roles, sessionId });
      return mintAccessToken(signingKey, { userId, roles, sessionId });
    };
    const citizen = await token("usr_bench_citizen", ["citizen"]);
    const overLimit = await token("usr_bench_analyst", ["analyst"]);
    const get = (base, token) => {
      const init = token ? { headers: { authorization: `Bearer ${token}` } } : {};
      return () => fetch(`${base}${PATH}`, init);
    };
    const variants = [
      { name: "direct", send: get(parliamentUrl), check: sessionPage },
      { name: "gateway-anon", send: get(gatewayUrl), check: sessionPage },
      { name: "gateway-jwt", send: get(gatewayUrl, citizen), check: sessionPage },
      { name: "express-anon", send: get(express.url), check: sessionPage },
      { name: "express-jwt", send: get(express.url, citizen), check: sessionPage },
      { name: "gateway-429", send: get(gatewayUrl, overLimit), expectStatus: 429, check: rateLimited },
      { name: "express-429", send: get(express.url, overLimit), expectStatus: 429, check: rateLimited },
    ];
    await assertPaths(variants, { gatewayUrl, expressUrl: express.url, token: citizen });

    // The Express process's own CPU is server − workerd: a meter of its own would put ratios of
    // an idle process (≈0 µs/req on the variants it is not part of) in the shared tables.
    const meters = cpuMeters();
    if (meters.workerd) {
      const { workerd } = meters;
      const expressPid = express.pid;
      meters.server = () => workerd() + processCpuMs(expressPid);
    }
    const results = await compare(variants, { concurrency, warmup, duration, rounds, meters, onProgress: progress });
    const outcome = report({
      title: "gateway armour",
      baseline: "direct",
      results,
      settings: {
        concurrency,
        "warm-up": `${warmup} s`,
        measured: `${duration} s per variant in ${rounds} alternating rounds`,
        "rate limits": `${UNLIMITED.limit} per ${WINDOW_SECONDS} s (counted, never reached); analyst 1 per ${WINDOW_SECONDS} s`,
        // Miniflare keeps D1 and Durable Object storage there; every RateLimiter lease commits a
        // write, so a disk there instead of RAM shows in the gateway's figures.
        storage: tmpdir(),
        "CPU meters": "client = load generator (this process), workerd = all Workers, server = workerd + the Express process",
        date: new Date().toISOString().slice(0, 10),
      },
      labels: {
        direct: `GET ${PATH} straight to ${PARLIAMENT} (its own socket)`,
        "gateway-anon": `the same through ${GATEWAY}: no token, limited per client address (leases on its RateLimiter DO), CircuitBreaker DO, service binding`,
        "gateway-jwt": "the same with a citizen's ES256 access token, verified by the gateway; limited per user (leases on its RateLimiter DO)",
        "express-anon": `Express 5 in a child process, http-proxy-middleware to ${PARLIAMENT}'s socket; express-rate-limit per IP (memory store), in-process breaker`,
        "express-jwt": "the same with the same token, verified by jsonwebtoken; express-rate-limit per user",
        "gateway-429": "a caller over the limit: the gateway answers 429 (its RateLimiter DO's refusal, remembered until Retry-After), nothing is forwarded",
        "express-429": "the same caller through Express: express-rate-limit answers 429",
      },
      pairs: [
        ["gateway-jwt", "gateway-anon"],
        ["express-jwt", "express-anon"],
      ],
    });
    printHeadToHead(results, [
      ["gateway-jwt", "express-jwt"],
      ["gateway-anon", "express-anon"],
      ["gateway-429", "express-429"],
    ]);
    if (outcome.errors) {
      console.log(`last runtime output:\n${runtimeOutput.slice(-10).join("\n")}`);
      console.log(`last Express output:\n${express.output.slice(-10).join("\n")}`);
    }
    return outcome;
  } finally {
    await express?.stop();
    await dispose();
  }
}

const printTable = (rows) => console.log(table(rows));

/**
 * Our gateway against Express doing the same work. Only the server-side CPU (workerd + the
 * Express process) compares across the two: the workerd figure alone leaves Express's own
 * process out. Then each variant's CPU by process, with the Express process's share apart.
 */
function printHeadToHead(results, pairs) {
  const byName = new Map(results.map((r) => [r.name, r]));
  const hasServer = "server" in (results[0]?.cpuPerRequest ?? {});
  console.log("\ngateway ÷ Express, the same work (same run):");
  printTable([
    ["pair", "req/s", "req/s by round: median (range)", "p50", "p99", ...(hasServer ? ["server CPU/req", "server CPU µs/req, gateway − Express"] : [])],
    ...pairs.map(([a, b]) => {
      const x = ratios(byName.get(a), byName.get(b));
      const byRound = roundRatios(byName.get(a), byName.get(b));
      const extra = byName.get(a).cpuPerRequest.server - byName.get(b).cpuPerRequest.server;
      return [
        `${a} ÷ ${b}`,
        fmt(x.throughput),
        `${fmt(byRound.median)} (${fmt(byRound.min)}–${fmt(byRound.max)})`,
        fmt(x.p50),
        fmt(x.p99),
        ...(hasServer ? [fmt(x.cpu.server), `${extra >= 0 ? "+" : ""}${fmt(extra, 0)}`] : []),
      ];
    }),
  ]);
  if (!hasServer) return;
  console.log("\nCPU µs per request, by process:");
  printTable([
    ["variant", "client", "workerd", "express", "server (workerd + express)", "all three"],
    ...results.map(({ name, cpuPerRequest: { client, workerd, server } }) => [
      name,
      fmt(client, 0),
      fmt(workerd, 0),
      fmt(server - workerd, 0),
      fmt(server, 0),
      fmt(client + server, 0),
    ]),
  ]);
}

async function seedSessions(mf) {
  const civic = await mf.getD1Database("CIVIC", PARLIAMENT);
  const insert = civic.prepare(
    "INSERT INTO sessions (code, parliament_number, session_number, name_en, name_fr, start_date, end_date, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')",
  );
  await civic.batch(SESSIONS.map((row) => insert.bind(...row)));
}

/**
 * Each variant must reach what it names and do the work it claims, or the comparison compares
 * nothing: direct answers without a gateway's headers; both gateways answer with them, a request
 * id and the rate-limit headers of the caller's tier; both refuse a token with a broken
 * signature; and the caller over the limit is refused by both once its one request is spent.
 */
async function assertPaths(variants, { gatewayUrl, expressUrl, token }) {
  const problems = [];
  for (const v of variants) {
    const overLimit = v.name.endsWith("-429");
    if (overLimit) await (await v.send()).arrayBuffer();
    const res = await v.send();
    const body = await res.text();
    const viaGateway = res.headers.has(GATEWAY_ONLY_HEADER);
    const wantGateway = v.name !== "direct";
    const wantLimit = String(overLimit ? 1 : UNLIMITED.limit);
    const problem =
      res.status !== (v.expectStatus ?? 200)
        ? `answered ${res.status}: ${body.slice(0, 300)}`
        : (v.check?.(body) ??
          (viaGateway !== wantGateway
            ? `was ${viaGateway ? "" : "not "}answered through a gateway`
            : wantGateway && !res.headers.get("x-request-id")
              ? "has no x-request-id"
              : wantGateway && res.headers.get("ratelimit-limit") !== wantLimit
                ? `has RateLimit-Limit ${res.headers.get("ratelimit-limit")}, not ${wantLimit}`
                : overLimit && !res.headers.get("retry-after")
                  ? "has no Retry-After"
                  : undefined));
    if (problem) problems.push(`variant ${v.name} ${problem}`);
  }
  const [head, payload, signature] = token.split(".");
  const forged = `${head}.${payload}.${signature.startsWith("A") ? "B" : "A"}${signature.slice(1)}`;
  for (const [name, base] of [
    ["gateway", gatewayUrl],
    ["express", expressUrl],
  ]) {
    const res = await fetch(`${base}${PATH}`, { headers: { authorization: `Bearer ${forged}` } });
    await res.arrayBuffer();
    if (res.status !== 401) problems.push(`${name} answered ${res.status} to a token with a broken signature`);
  }
  if (problems.length) throw new Error(problems.join("; "));
}
