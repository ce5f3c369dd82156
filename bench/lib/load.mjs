// A closed-loop load generator: `concurrency` callers each send a request, read the whole
// answer, and send the next, so the offered load adapts to the server and throughput and
// latency describe the same run. Nothing here judges the numbers; it only measures them.

/**
 * @typedef {object} Variant
 * @property {string} name
 * @property {() => Promise<Response>} send
 * @property {number} [expectStatus] the status every answer must have (200 unless given)
 * @property {(body: string) => string | undefined} [check] a reason when a body with the right
 *   status is still wrong (a 200 can carry a degraded health answer)
 */

/**
 * Runs `concurrency` callers for `seconds`. Throughput counts good answers completed inside the window;
 * requests still in flight when it closes are awaited and their latencies kept, since they are
 * ordinary samples, but they do not stretch the window. `meters` (name → cumulative CPU ms) are
 * read before and after, and their difference is shared among all completed requests.
 */
export async function drive(variant, { concurrency, seconds, meters = {} }) {
  const expected = variant.expectStatus ?? 200;
  const latencies = [];
  const errors = { count: 0, samples: [] };
  const noteError = (what) => {
    errors.count++;
    if (errors.samples.length < 5) errors.samples.push(what);
  };
  const cpuBefore = Object.fromEntries(Object.entries(meters).map(([name, read]) => [name, read()]));
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let inWindow = 0;

  async function caller() {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const res = await variant.send();
        // The body is part of the answer: an unread body would also hold a connection open.
        const body = await res.text();
        const t1 = performance.now();
        const wrong = res.status !== expected ? `status ${res.status}: ${body.slice(0, 200)}` : variant.check?.(body);
        if (wrong) {
          noteError(wrong);
        } else {
          latencies.push(t1 - t0);
          if (t1 <= deadline) inWindow++;
        }
      } catch (err) {
        noteError(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, caller));
  const cpuMs = Object.fromEntries(Object.entries(meters).map(([name, read]) => [name, read() - cpuBefore[name]]));
  return { latencies, errors, seconds, inWindow, cpuMs };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One variant's figures over all its runs; latencies in ms, throughput in requests per second. */
export function summarize(name, runs) {
  const latencies = Float64Array.from(runs.flatMap((r) => r.latencies)).sort();
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const errors = runs.reduce((s, r) => s + r.errors.count, 0);
  return {
    name,
    requests: latencies.length + errors,
    errors,
    errorSamples: [...new Set(runs.flatMap((r) => r.errors.samples))].slice(0, 5),
    seconds,
    throughput: runs.reduce((s, r) => s + r.inWindow, 0) / seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies[latencies.length - 1] : NaN,
    roundThroughput: runs.map((r) => r.inWindow / r.seconds),
    // CPU microseconds per completed request, by meter.
    cpuPerRequest: Object.fromEntries(
      Object.keys(runs[0]?.cpuMs ?? {}).map((m) => [m, (runs.reduce((s, r) => s + r.cpuMs[m], 0) * 1000) / (latencies.length + errors)]),
    ),
  };
}

/**
 * Measures every variant in the same process. The warm-up drives all variants at once (the same
 * number of callers in total) so every code path is compiled and every connection open before
 * anything is measured. The measured time is then split into short rounds that alternate the
 * variants' order (A B C, C B A, ...), so drift in the machine (other processes, GC, caches)
 * falls on all of them alike and round-by-round ratios can be paired.
 */
export async function compare(variants, { concurrency, warmup, duration, rounds, meters = {}, onProgress = () => {} }) {
  onProgress(`warm-up, all variants together (${warmup} s)`);
  const perVariant = Math.max(1, Math.round(concurrency / variants.length));
  const warmups = await Promise.all(variants.map((v) => drive(v, { concurrency: perVariant, seconds: warmup })));
  const runs = new Map(variants.map((v) => [v.name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    onProgress(`round ${round + 1}/${rounds}: ${order.map((v) => v.name).join(", ")} (${(duration / rounds).toFixed(1)} s each)`);
    for (const v of order) runs.get(v.name).push(await drive(v, { concurrency, seconds: duration / rounds, meters }));
  }
  return variants.map((v, i) => ({ ...summarize(v.name, runs.get(v.name)), warmupErrors: warmups[i].errors }));
}
