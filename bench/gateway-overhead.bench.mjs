// What the gateway costs a request: the same service health check answered by the parliament
// Worker directly and through the gateway (its middleware, route table and the service-binding
// hop), all in one Miniflare instance so both paths share the runtime, the storage and the load.
import { cpuMeters } from "./lib/cpu.mjs";
import { compare } from "./lib/load.mjs";
import { GATEWAY, serviceWorkerName, startPlatform } from "./lib/platform.mjs";
import { report } from "./lib/report.mjs";

export const description = "GET /api/v1/health/parliament through the gateway vs straight to the parliament Worker";

export const defaults = { concurrency: 16, warmup: 3, duration: 10, rounds: 10 };

const PARLIAMENT = serviceWorkerName("parliament");
const PATH = "/api/v1/health/parliament";
// Requests for this host are routed by Miniflare's entry straight to the parliament Worker, the
// same way (and over the same socket) as requests to the gateway, so the two differ only in
// what happens inside workerd.
const DIRECT_HOST = "parliament.direct.bench";
// The gateway adds these to every API answer; a "direct" answer carrying them went through it.
const GATEWAY_ONLY_HEADER = "content-security-policy";

const healthy = (body) => (body.includes('"status":"ok"') ? undefined : `not ok: ${body.slice(0, 200)}`);

export default async function run({ concurrency, warmup, duration, rounds, progress }) {
  progress("bundling and starting the gateway and every service");
  const started = performance.now();
  // Every request here is anonymous and from one client: the limiter still counts each one (its
  // cost is part of the gateway's) but the tier is raised so it never refuses.
  const { mf, runtimeOutput, dispose } = await startPlatform({
    extra: { [PARLIAMENT]: { routes: [`${DIRECT_HOST}/*`] } },
    gatewaySettings: { rateLimits: { anonymous: { limit: 1e9, windowSeconds: 60 } } },
  });
  progress(`platform up and migrated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const parliament = await mf.getWorker(PARLIAMENT);
    const variants = [
      { name: "direct", send: () => mf.dispatchFetch(`http://${DIRECT_HOST}${PATH}`), check: healthy },
      { name: "direct-getWorker", send: () => parliament.fetch(`http://localhost${PATH}`), check: healthy },
      { name: "gateway", send: () => mf.dispatchFetch(`http://localhost${PATH}`), check: healthy },
      { name: "gateway-404", send: () => mf.dispatchFetch("http://localhost/api/v1/nope"), expectStatus: 404 },
    ];
    await assertPaths(variants);

    const results = await compare(variants, { concurrency, warmup, duration, rounds, meters: cpuMeters(), onProgress: progress });
    const outcome = report({
      title: "gateway overhead",
      baseline: "direct",
      results,
      settings: {
        concurrency,
        "warm-up": `${warmup} s`,
        measured: `${duration} s per variant in ${rounds} alternating rounds`,
        date: new Date().toISOString().slice(0, 10),
      },
      labels: {
        direct: `GET ${PATH}, dispatchFetch routed by host to ${PARLIAMENT}`,
        "direct-getWorker": `the same, through mf.getWorker("${PARLIAMENT}").fetch (Miniflare's proxy Worker adds a hop)`,
        gateway: `GET ${PATH}, dispatchFetch to ${GATEWAY}, forwarded over its PARLIAMENT service binding`,
        "gateway-404": "GET /api/v1/nope, answered by the gateway itself (no service, no storage)",
      },
      pairs: [["gateway", "direct-getWorker"]],
    });
    if (outcome.errors) console.log(`last runtime output:\n${runtimeOutput.slice(-10).join("\n")}`);
    return outcome;
  } finally {
    await dispose();
  }
}

/** Each variant must reach the Worker it names, or the comparison compares nothing. */
async function assertPaths(variants) {
  for (const v of variants) {
    const res = await v.send();
    const body = await res.text();
    const viaGateway = res.headers.has(GATEWAY_ONLY_HEADER);
    const wantGateway = v.name.startsWith("gateway");
    const problem =
      res.status !== (v.expectStatus ?? 200)
        ? `answered ${res.status}: ${body.slice(0, 300)}`
        : (v.check?.(body) ?? (viaGateway !== wantGateway ? `was ${viaGateway ? "" : "not "}answered through the gateway` : undefined));
    if (problem) throw new Error(`variant ${v.name} ${problem}`);
  }
}
