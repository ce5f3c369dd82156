// Prints a benchmark's results, then each variant's ratios to the baseline measured in the same
// run: absolute figures move with the machine and its load, ratios are what compare across runs
// and machines.

export const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
export const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "-");
export const sec = (ms) => (ms / 1000).toFixed(2);

/** Rows as aligned text columns: the first left-aligned, the others right-aligned, the header ruled off. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/**
 * The end of a benchmark that collects its lines before printing them: the lines, then the
 * problems that make the figures invalid with what the runtime said last. Returns the outcome
 * bench/run.mjs reads (its exit code counts errors, never timings).
 */
export function printOutcome(lines, problems, runtimeOutput) {
  if (problems.length) {
    const bar = "!".repeat(78);
    lines.push("", bar, "!! ERRORS — these figures are not valid:", ...problems.map((p) => `!!   ${p}`), bar);
    lines.push(`last runtime output:\n${runtimeOutput.slice(-10).join("\n")}`);
  }
  console.log(lines.join("\n"));
  return { errors: problems.length };
}

/** A benchmark that failed part-way: what it had found, and what the runtime said last. */
export function printFailure(lines, runtimeOutput) {
  if (lines.length) console.log(lines.join("\n"));
  console.error(`last runtime output:\n${runtimeOutput.slice(-15).join("\n")}`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Throughput ratios round by round: the rounds of two variants ran back to back, so a burst
 * from another process spoils one pair rather than the whole total, and the median of the pairs
 * shrugs it off. The range shows how much the machine moved during the run.
 */
export function roundRatios(variant, baseline) {
  const xs = variant.roundThroughput.map((t, i) => t / baseline.roundThroughput[i]);
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

export function ratios(variant, baseline) {
  return {
    throughput: variant.throughput / baseline.throughput,
    p50: variant.p50 / baseline.p50,
    p99: variant.p99 / baseline.p99,
    cpu: Object.fromEntries(Object.keys(baseline.cpuPerRequest).map((m) => [m, variant.cpuPerRequest[m] / baseline.cpuPerRequest[m]])),
  };
}

/**
 * @param {object} opts
 * @param {string} opts.title
 * @param {string} opts.baseline name of the variant the others are divided by
 * @param {ReturnType<import("./load.mjs").summarize>[]} opts.results
 * @param {Record<string, string | number>} [opts.settings] printed with the figures so they keep their context
 * @param {Record<string, string>} [opts.labels] what each variant is, by name
 * @param {[string, string][]} [opts.pairs] further "a against b" ratios worth a line of their own
 * @returns {{ errors: number }}
 */
export function report({ title, baseline, results, settings = {}, labels = {}, pairs = [] }) {
  const byName = new Map(results.map((r) => [r.name, r]));
  const base = byName.get(baseline);
  if (!base) throw new Error(`baseline ${baseline} is not among the results`);
  const meters = Object.keys(base.cpuPerRequest);

  const out = [`\n== ${title} ==`];
  if (Object.keys(settings).length)
    out.push(
      Object.entries(settings)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; "),
    );
  for (const r of results) out.push(`  ${r.name}${r.name === baseline ? " (baseline)" : ""}${labels[r.name] ? `: ${labels[r.name]}` : ""}`);
  out.push(
    "",
    table([
      ["variant", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "requests", "errors", ...meters.map((m) => `${m} CPU µs/req`)],
      ...results.map((r) => [
        r.name,
        fmt(r.throughput, 0),
        fmt(r.p50),
        fmt(r.p90),
        fmt(r.p99),
        fmt(r.max),
        r.requests,
        r.errors,
        ...meters.map((m) => fmt(r.cpuPerRequest[m], 0)),
      ]),
    ]),
    "",
    `ratios to ${baseline} (same run):`,
    table([
      ["variant", "req/s", "req/s by round: median (range)", "p50", "p99", ...meters.map((m) => `${m} CPU/req`)],
      ...results
        .filter((r) => r !== base)
        .map((r) => {
          const x = ratios(r, base);
          const byRound = roundRatios(r, base);
          return [
            r.name,
            fmt(x.throughput),
            `${fmt(byRound.median)} (${fmt(byRound.min)}–${fmt(byRound.max)})`,
            fmt(x.p50),
            fmt(x.p99),
            ...meters.map((m) => fmt(x.cpu[m])),
          ];
        }),
    ]),
  );
  for (const [a, b] of pairs) {
    const x = ratios(byName.get(a), byName.get(b));
    const byRound = roundRatios(byName.get(a), byName.get(b));
    const cpu = meters.map((m) => `, ${m} CPU/req ×${fmt(x.cpu[m])}`).join("");
    out.push(`${a} ÷ ${b}: req/s ×${fmt(x.throughput)} (by round ×${fmt(byRound.median)}), p50 ×${fmt(x.p50)}, p99 ×${fmt(x.p99)}${cpu}`);
  }

  const failed = results.filter((r) => r.errors > 0 || r.warmupErrors?.count > 0);
  if (failed.length) {
    const bar = "!".repeat(78);
    const counts = failed.map((r) => `${r.name} ${r.errors} of ${r.requests}${r.warmupErrors?.count ? ` (+${r.warmupErrors.count} in warm-up)` : ""}`);
    out.push("", bar, `!! ERRORS — these figures are not valid: ${counts.join(", ")}`);
    for (const r of failed) for (const s of new Set([...r.errorSamples, ...(r.warmupErrors?.samples ?? [])])) out.push(`!!   ${r.name}: ${s}`);
    out.push(bar);
  }
  console.log(out.join("\n"));
  return { errors: failed.reduce((s, r) => s + r.errors + (r.warmupErrors?.count ?? 0), 0) };
}
