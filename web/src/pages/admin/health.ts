/**
 * Platform health: each service's status now, and the scheduled checks the health service kept
 * over a period, as response times and statuses over time, a summary per service and the
 * moments a service's status changed.
 */
import { get, type Page } from "../../api/client";
import { h } from "../../dom";
import { defineMessages, formatMs, formatNumber, locale } from "../../i18n";
import { href, navigate, type PageContext, type PageView } from "../../router";
import { formValues, selectField } from "../../ui/forms";
import { section } from "../../ui/page";
import { emptyState, loadInto } from "../../ui/states";
import { dataTable, row, type Column } from "../../ui/table";
import { localChart, PALETTE, STATUS_COLOURS } from "./chart";
import { timeOf } from "./format";
import { liveHealth } from "./health-now";
import { healthBadge, healthLabel, serviceLabel } from "./labels";
import { adminHeader } from "./layout";
import type { HealthCheckRecord, HealthStatus } from "./types";
import { HEALTH_STATUSES } from "../../../../shared/health/statuses";
import { SERVICES } from "../../../../shared/service/names";

/** Services in the order the platform lists them; the checks name them as plain strings. */
const ORDER: readonly string[] = SERVICES;

const m = defineMessages(
  {
    title: "Platform health",
    intro: "Every service answers a health check each minute. Here is what they say now, and what they said over time.",
    now: "Now",
    history: "History",
    filters: "Choose the history to show",
    service: "Service",
    allServices: "All services",
    period: "Period",
    "period.1h": "Last hour",
    "period.6h": "Last 6 hours",
    "period.24h": "Last 24 hours",
    "period.7d": "Last 7 days",
    show: "Show history",
    capped:
      "The period holds more checks than this page reads at once: the newest {n}, from {from}, are shown. Choose one service or a shorter period to see all of it.",
    empty: "No health check was recorded in this period.",
    latency: "Response times",
    "latency.text": "Average response time of each health check, per {bucket}.",
    "latency.one": "Average and slowest response time of {service}’s health checks, per {bucket}.",
    "latency.summary": "Over the period, checks answered in {median} at the median; the slowest took {max} ({service}).",
    "latency.caption": "Average response time per {bucket}, in milliseconds",
    "latency.average": "Average",
    "latency.slowest": "Slowest",
    status: "Status over time",
    "status.text": "How many checks found each status, per {bucket}.",
    "status.summary": "{ok} of {total} checks found their service operational ({share}); {degraded} degraded, {down} down.",
    "status.caption": "Checks per {bucket}, by status",
    ms: "Milliseconds",
    checks: "Checks",
    time: "Time",
    "bucket.minute": "minute",
    "bucket.minutes": "{n} minutes",
    "bucket.hour": "hour",
    "bucket.hours": "{n} hours",
    perService: "Per service",
    "perService.caption": "Health of each service over the period",
    "col.service": "Service",
    "col.checks": "Checks",
    "col.availability": "Operational",
    "col.degraded": "Degraded",
    "col.down": "Down",
    "col.median": "Median time",
    "col.p95": "95th percentile",
    "col.max": "Slowest",
    "col.last": "Last status",
    changes: "Status changes",
    "changes.caption": "Moments a service’s status changed, newest first",
    "changes.none": "No service changed status in this period.",
    "col.when": "When",
    "col.from": "From",
    "col.to": "To",
  },
  {
    title: "Santé de la plateforme",
    intro: "Chaque service répond à une vérification de santé chaque minute. Voici ce qu’ils disent maintenant et ce qu’ils ont dit au fil du temps.",
    now: "Maintenant",
    history: "Historique",
    filters: "Choisir l’historique à afficher",
    service: "Service",
    allServices: "Tous les services",
    period: "Période",
    "period.1h": "Dernière heure",
    "period.6h": "6 dernières heures",
    "period.24h": "24 dernières heures",
    "period.7d": "7 derniers jours",
    show: "Afficher l’historique",
    capped:
      "La période compte plus de vérifications que cette page n’en lit d’un coup\u00a0: les {n} plus récentes, depuis le {from}, sont affichées. Choisissez un seul service ou une période plus courte pour tout voir.",
    empty: "Aucune vérification de santé n’a été enregistrée pendant cette période.",
    latency: "Temps de réponse",
    "latency.text": "Temps de réponse moyen de chaque vérification de santé, par {bucket}.",
    "latency.one": "Temps de réponse moyen et le plus lent des vérifications de {service}, par {bucket}.",
    "latency.summary": "Sur la période, les vérifications ont répondu en {median} (médiane)\u00a0; la plus lente a pris {max} ({service}).",
    "latency.caption": "Temps de réponse moyen par {bucket}, en millisecondes",
    "latency.average": "Moyenne",
    "latency.slowest": "Le plus lent",
    status: "État au fil du temps",
    "status.text": "Nombre de vérifications ayant trouvé chaque état, par {bucket}.",
    "status.summary": "{ok} vérifications sur {total} ont trouvé leur service opérationnel ({share})\u00a0; {degraded} dégradé, {down} en panne.",
    "status.caption": "Vérifications par {bucket}, selon l’état",
    ms: "Millisecondes",
    checks: "Vérifications",
    time: "Heure",
    "bucket.minute": "minute",
    "bucket.minutes": "tranche de {n} minutes",
    "bucket.hour": "heure",
    "bucket.hours": "tranche de {n} heures",
    perService: "Par service",
    "perService.caption": "Santé de chaque service sur la période",
    "col.service": "Service",
    "col.checks": "Vérifications",
    "col.availability": "Opérationnel",
    "col.degraded": "Dégradé",
    "col.down": "En panne",
    "col.median": "Temps médian",
    "col.p95": "95e centile",
    "col.max": "Le plus lent",
    "col.last": "Dernier état",
    changes: "Changements d’état",
    "changes.caption": "Moments où l’état d’un service a changé, du plus récent au plus ancien",
    "changes.none": "Aucun service n’a changé d’état pendant cette période.",
    "col.when": "Moment",
    "col.from": "De",
    "col.to": "À",
  },
);

const PERIODS = {
  "1h": { ms: 3_600_000, bucketMinutes: 1 },
  "6h": { ms: 6 * 3_600_000, bucketMinutes: 5 },
  "24h": { ms: 24 * 3_600_000, bucketMinutes: 15 },
  "7d": { ms: 7 * 24 * 3_600_000, bucketMinutes: 180 },
} as const;
type Period = keyof typeof PERIODS;
const isPeriod = (value: string | null): value is Period => value !== null && value in PERIODS;

/** Pages of checks read at most (200 each): a week of every service is more than a page should chew. */
const MAX_PAGES = 10;
const HISTORY_LIMIT = 200;

export default function health(ctx: PageContext): PageView {
  const now = liveHealth(ctx.signal);

  const fieldsSlot = h("div", { class: "filter-fields" });
  const form = h(
    "form",
    { class: "filters", "aria-label": m("filters") },
    fieldsSlot,
    h("div", { class: "filter-actions" }, h("button", { type: "submit", class: "button" }, m("show"))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(href(ctx.path, formValues(form)));
  });
  const historySlot = h("div", {});
  let historyController: AbortController | null = null;

  function show(query: URLSearchParams): void {
    const service = query.get("service") ?? "";
    const periodParam = query.get("period");
    const period: Period = isPeriod(periodParam) ? periodParam : "1h";
    fieldsSlot.replaceChildren(
      selectField({
        label: m("service"),
        name: "service",
        value: service,
        choices: [["", m("allServices")], ...SERVICES.map((s): [string, string] => [s, serviceLabel(s)])],
      }),
      selectField({
        label: m("period"),
        name: "period",
        value: period,
        choices: (Object.keys(PERIODS) as Period[]).map((p): [string, string] => [p, m(`period.${p}`)]),
      }),
    );
    historyController?.abort();
    historyController = new AbortController();
    const signal = AbortSignal.any([ctx.signal, historyController.signal]);
    void loadInto(
      historySlot,
      () => readHistory(service, PERIODS[period].ms, signal),
      (read) => historyView(read, service, period, signal),
    );
  }
  show(ctx.query);

  const title = m("title");
  const node = h(
    "div",
    { class: "page admin-page" },
    ...adminHeader(title, m("intro")),
    section(m("now"), h("div", { class: "actions admin-toolbar" }, now.refresh), now.slot),
    section(m("history"), form, historySlot),
  );
  return { title, node, update: (next) => show(next.query) };
}

interface History {
  checks: HealthCheckRecord[];
  from: number;
  to: number;
  capped: boolean;
}

async function readHistory(service: string, periodMs: number, signal: AbortSignal): Promise<History> {
  const to = Date.now();
  const from = to - periodMs;
  const checks: HealthCheckRecord[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<HealthCheckRecord> = await get("/api/v1/health/history", {
      // The service named in the page's address, as it is: the API refuses a name it does not know.
      query: {
        service: service as HealthCheckRecord["service"],
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        limit: HISTORY_LIMIT,
        cursor,
      },
      signal,
      cache: false,
    });
    checks.push(...page.data.filter((c) => Date.parse(c.checked_at) >= from));
    cursor = page.pagination.next_cursor;
    if (!cursor) return { checks, from, to, capped: false };
  }
  return { checks, from, to, capped: true };
}

function bucketName(minutes: number): string {
  if (minutes === 1) return m("bucket.minute");
  if (minutes < 60) return m("bucket.minutes", { n: minutes });
  return minutes === 60 ? m("bucket.hour") : m("bucket.hours", { n: minutes / 60 });
}

function historyView(read: History, service: string, period: Period, signal: AbortSignal): HTMLElement[] {
  if (read.checks.length === 0) return [emptyState(m("empty"))];
  const checks = [...read.checks].sort((a, b) => a.checked_at.localeCompare(b.checked_at));
  const bucketMs = PERIODS[period].bucketMinutes * 60_000;
  // When the read was capped the period really starts at the oldest check read.
  const start = Math.floor((read.capped ? Date.parse(checks[0]!.checked_at) : read.from) / bucketMs) * bucketMs;
  const count = Math.max(1, Math.ceil((read.to - start) / bucketMs));
  const bucketOf = (c: HealthCheckRecord) => Math.min(count - 1, Math.max(0, Math.floor((Date.parse(c.checked_at) - start) / bucketMs)));
  const format = new Intl.DateTimeFormat(
    locale(),
    period === "7d" ? { weekday: "short", hour: "numeric", minute: "2-digit" } : { hour: "numeric", minute: "2-digit" },
  );
  const labels = Array.from({ length: count }, (_, i) => format.format(new Date(start + i * bucketMs)));
  const bucket = bucketName(PERIODS[period].bucketMinutes);
  const services = service ? [service] : [...new Set(checks.map((c) => c.service))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

  // Response times: each service's average per bucket; for one service, its slowest check too.
  const sums = new Map(
    services.map((s) => [s, { total: Array<number>(count).fill(0), n: Array<number>(count).fill(0), max: Array<number | null>(count).fill(null) }]),
  );
  const statusCounts: Record<HealthStatus, number[]> = {
    ok: Array<number>(count).fill(0),
    degraded: Array<number>(count).fill(0),
    down: Array<number>(count).fill(0),
  };
  for (const c of checks) {
    const i = bucketOf(c);
    const s = sums.get(c.service);
    if (s) {
      s.total[i]! += c.latency_ms;
      s.n[i]! += 1;
      s.max[i] = Math.max(s.max[i] ?? 0, c.latency_ms);
    }
    if (c.status in statusCounts) statusCounts[c.status][i]! += 1;
  }
  const average = (s: string) => sums.get(s)!.total.map((t, i) => (sums.get(s)!.n[i] ? Math.round(t / sums.get(s)!.n[i]!) : null));
  const latencySeries = service
    ? [
        { label: m("latency.average"), values: average(service), colour: PALETTE[0]!, kind: "line" as const },
        { label: m("latency.slowest"), values: sums.get(service)!.max, colour: PALETTE[1]!, kind: "line" as const },
      ]
    : services.map((s, i) => ({ label: serviceLabel(s), values: average(s), colour: PALETTE[i % PALETTE.length]!, kind: "line" as const }));

  const latencies = checks.map((c) => c.latency_ms).sort((a, b) => a - b);
  const slowest = checks.reduce((a, b) => (b.latency_ms > a.latency_ms ? b : a));
  const total = checks.length;
  const okCount = checks.filter((c) => c.status === "ok").length;
  const share = new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 1 });

  const parts: HTMLElement[] = [];
  if (read.capped)
    parts.push(
      h(
        "p",
        { class: "notice" },
        m("capped", {
          n: formatNumber(total),
          from: new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(Date.parse(checks[0]!.checked_at))),
        }),
      ),
    );
  parts.push(
    localChart({
      heading: m("latency"),
      description: service ? m("latency.one", { service: serviceLabel(service), bucket }) : m("latency.text", { bucket }),
      type: "line",
      labels,
      series: latencySeries,
      yTitle: m("ms"),
      format: formatMs,
      summary: m("latency.summary", { median: formatMs(percentile(latencies, 50)), max: formatMs(slowest.latency_ms), service: serviceLabel(slowest.service) }),
      tableCaption: m("latency.caption", { bucket }),
      categoryLabel: m("time"),
      emptyText: m("empty"),
      signal,
    }),
    localChart({
      heading: m("status"),
      description: m("status.text", { bucket }),
      type: "bar",
      stacked: true,
      labels,
      series: HEALTH_STATUSES.map((s) => ({ label: healthLabel(s), values: statusCounts[s], colour: STATUS_COLOURS[s] })),
      yTitle: m("checks"),
      summary: m("status.summary", {
        ok: formatNumber(okCount),
        total: formatNumber(total),
        share: share.format(okCount / total),
        degraded: formatNumber(statusCounts.degraded.reduce((a, b) => a + b, 0)),
        down: formatNumber(statusCounts.down.reduce((a, b) => a + b, 0)),
      }),
      tableCaption: m("status.caption", { bucket }),
      categoryLabel: m("time"),
      emptyText: m("empty"),
      signal,
    }),
    perService(checks, services, share),
    changes(checks),
  );
  return parts;
}

function perService(checks: HealthCheckRecord[], services: string[], share: Intl.NumberFormat): HTMLElement {
  const columns: Column[] = [
    { label: m("col.service") },
    { label: m("col.checks"), numeric: true, secondary: true },
    { label: m("col.availability"), numeric: true },
    { label: m("col.degraded"), numeric: true },
    { label: m("col.down"), numeric: true },
    { label: m("col.median"), numeric: true },
    { label: m("col.p95"), numeric: true, secondary: true },
    { label: m("col.max"), numeric: true, secondary: true },
    { label: m("col.last") },
  ];
  return section(
    m("perService"),
    dataTable({
      caption: m("perService.caption"),
      captionHidden: true,
      columns,
      rows: services.map((s) => {
        const own = checks.filter((c) => c.service === s);
        const latencies = own.map((c) => c.latency_ms).sort((a, b) => a - b);
        const n = (status: HealthStatus) => own.filter((c) => c.status === status).length;
        const last = own[own.length - 1];
        return row(
          [
            [h("span", { class: "cell-title" }, serviceLabel(s)), h("code", { class: "cell-code" }, s)],
            formatNumber(own.length),
            own.length ? share.format(n("ok") / own.length) : "—",
            formatNumber(n("degraded")),
            formatNumber(n("down")),
            own.length ? formatMs(percentile(latencies, 50)) : "—",
            own.length ? formatMs(percentile(latencies, 95)) : "—",
            own.length ? formatMs(latencies[latencies.length - 1]!) : "—",
            last ? healthBadge(last.status) : "—",
          ],
          columns,
        );
      }),
    }).frame,
  );
}

function changes(checks: HealthCheckRecord[]): HTMLElement {
  const previous = new Map<string, HealthStatus>();
  const found: { at: string; service: string; from: HealthStatus; to: HealthStatus }[] = [];
  for (const c of checks) {
    const before = previous.get(c.service);
    if (before !== undefined && before !== c.status) found.push({ at: c.checked_at, service: c.service, from: before, to: c.status });
    previous.set(c.service, c.status);
  }
  if (found.length === 0) return section(m("changes"), emptyState(m("changes.none")));
  const columns: Column[] = [{ label: m("col.when") }, { label: m("col.service") }, { label: m("col.from") }, { label: m("col.to") }];
  return section(
    m("changes"),
    dataTable({
      caption: m("changes.caption"),
      captionHidden: true,
      columns,
      rows: found.reverse().map((c) => row([timeOf(c.at), serviceLabel(c.service), healthBadge(c.from), healthBadge(c.to)], columns)),
    }).frame,
  );
}

/** Nearest rank, as the search analytics compute theirs. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
