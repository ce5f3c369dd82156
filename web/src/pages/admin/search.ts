/**
 * Search analytics over a period: how many searches, how many found nothing, how fast search
 * answered (percentiles, and day by day), and the queries people type most, with and without
 * results.
 */
import { ApiError, get, isAbort } from "../../api/client";
import { h } from "../../dom";
import { defineMessages, formatDate, formatMs, formatNumber, locale } from "../../i18n";
import { href, navigate, type PageContext, type PageView } from "../../router";
import { clearFieldErrors, formValues, selectField, showFieldErrors, textField } from "../../ui/forms";
import { announce } from "../../ui/live";
import { facts, link, section } from "../../ui/page";
import { emptyState, errorState, loadingState } from "../../ui/states";
import { dataTable, row, type Column } from "../../ui/table";
import { localChart, PALETTE, STATUS_COLOURS } from "./chart";
import { timeOf } from "./format";
import { adminHeader } from "./layout";
import type { SearchAnalytics } from "./types";

const m = defineMessages(
  {
    title: "Search analytics",
    intro:
      "What people search for on OpenPolicy, what finds nothing, and how fast search answers. Only the first page of a search counts, so paging is not a search.",
    filters: "Choose the period",
    from: "From (date)",
    to: "To (date, included)",
    limit: "Queries listed",
    show: "Show analytics",
    reset: "Last 30 days",
    period: "Searches from {from} to {to}",
    loaded: "Analytics loaded: {n} searches.",
    overview: "Overview",
    searches: "Searches",
    zero: "Found nothing",
    "zero.value": "{n} ({share})",
    p50: "Median time",
    p95: "95th percentile",
    p99: "99th percentile",
    max: "Slowest",
    none: "No searches in this period.",
    latency: "Search latency by day",
    "latency.text":
      "The time search took to answer, per {bucket}: half of the searches answered faster than the median, 95 in 100 faster than the 95th percentile.",
    "latency.summary": "Over the period, the median search took {p50} and the 95th percentile {p95}; the slowest day’s 95th percentile was {worst} ({day}).",
    "latency.caption": "Search latency percentiles per {bucket}, in milliseconds",
    volume: "Searches by day",
    "volume.text": "Searches per {bucket}, split by whether they found anything.",
    "volume.summary": "{n} searches over the period; the busiest {bucket} was {day} with {most}.",
    "volume.caption": "Searches per {bucket}, with and without results",
    "volume.found": "Found results",
    "volume.zero": "Found nothing",
    "bucket.day": "day",
    "bucket.days": "{n} days",
    day: "Day",
    ms: "Milliseconds",
    count: "Searches",
    "chart.empty": "No searches to chart in this period.",
    "chart.failed": "The day-by-day figures could not be loaded",
    top: "Top queries",
    "top.caption": "Most frequent queries, with the number of results they found on average",
    "top.empty": "No query was searched in this period.",
    zeroQueries: "Queries that found nothing",
    "zeroQueries.caption": "Most frequent queries that found nothing",
    "zeroQueries.empty": "Every search in this period found something.",
    "zeroQueries.text": "Worth a look: a missing synonym, a misspelled name, or data the platform does not hold yet.",
    "col.query": "Query",
    "col.searches": "Searches",
    "col.average": "Average results",
    "col.last": "Last searched",
    "search.for": "Search for “{q}”",
  },
  {
    title: "Statistiques de recherche",
    intro:
      "Ce que les gens cherchent sur OpenPolicy, ce qui ne trouve rien et la rapidité des réponses. Seule la première page d’une recherche compte\u00a0: tourner les pages n’est pas une recherche.",
    filters: "Choisir la période",
    from: "Du (date)",
    to: "Au (date, incluse)",
    limit: "Requêtes listées",
    show: "Afficher les statistiques",
    reset: "30 derniers jours",
    period: "Recherches du {from} au {to}",
    loaded: "Statistiques chargées\u00a0: {n} recherches.",
    overview: "Vue d’ensemble",
    searches: "Recherches",
    zero: "Sans résultat",
    "zero.value": "{n} ({share})",
    p50: "Temps médian",
    p95: "95e centile",
    p99: "99e centile",
    max: "La plus lente",
    none: "Aucune recherche pendant cette période.",
    latency: "Latence de la recherche par jour",
    "latency.text":
      "Le temps de réponse de la recherche, par {bucket}\u00a0: la moitié des recherches ont répondu plus vite que la médiane, 95 sur 100 plus vite que le 95e centile.",
    "latency.summary":
      "Sur la période, la recherche médiane a pris {p50} et le 95e centile {p95}\u00a0; le pire 95e centile journalier était de {worst} ({day}).",
    "latency.caption": "Centiles de latence de la recherche par {bucket}, en millisecondes",
    volume: "Recherches par jour",
    "volume.text": "Recherches par {bucket}, selon qu’elles ont trouvé quelque chose ou non.",
    "volume.summary": "{n} recherches sur la période\u00a0; la période la plus chargée ({bucket}) a été le {day}, avec {most}.",
    "volume.caption": "Recherches par {bucket}, avec et sans résultat",
    "volume.found": "Avec résultats",
    "volume.zero": "Sans résultat",
    "bucket.day": "jour",
    "bucket.days": "tranche de {n} jours",
    day: "Jour",
    ms: "Millisecondes",
    count: "Recherches",
    "chart.empty": "Aucune recherche à représenter pendant cette période.",
    "chart.failed": "Les chiffres jour par jour n’ont pas pu être chargés",
    top: "Requêtes les plus fréquentes",
    "top.caption": "Requêtes les plus fréquentes, avec le nombre moyen de résultats trouvés",
    "top.empty": "Aucune requête pendant cette période.",
    zeroQueries: "Requêtes sans résultat",
    "zeroQueries.caption": "Requêtes sans résultat les plus fréquentes",
    "zeroQueries.empty": "Chaque recherche de cette période a trouvé quelque chose.",
    "zeroQueries.text": "À examiner\u00a0: un synonyme manquant, un nom mal orthographié ou des données que la plateforme n’a pas encore.",
    "col.query": "Requête",
    "col.searches": "Recherches",
    "col.average": "Résultats en moyenne",
    "col.last": "Dernière recherche",
    "search.for": "Rechercher «\u00a0{q}\u00a0»",
  },
);

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
/** At most this many points on the day-by-day charts; longer periods group days together. */
const MAX_BUCKETS = 31;
/** Day-by-day reports requested at once. */
const CONCURRENCY = 4;
const LIMITS = ["10", "20", "50", "100"];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const validDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayMs(value));

export default function search(ctx: PageContext): PageView {
  const fieldsSlot = h("div", { class: "filter-fields" });
  const form = h(
    "form",
    { class: "filters", "aria-label": m("filters"), novalidate: true },
    fieldsSlot,
    h(
      "div",
      { class: "filter-actions" },
      h("button", { type: "submit", class: "button" }, m("show")),
      h("a", { href: href(ctx.path), class: "clear-link" }, m("reset")),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(href(ctx.path, formValues(form)));
  });
  const reportSlot = h("div", {});
  let controller: AbortController | null = null;

  async function show(query: URLSearchParams, announceResult: boolean): Promise<void> {
    const today = isoDay(Date.now());
    const to = validDay(query.get("to")) ? query.get("to")! : today;
    const from = validDay(query.get("from")) ? query.get("from")! : isoDay(dayMs(to) - (DEFAULT_DAYS - 1) * DAY_MS);
    const limit = LIMITS.includes(query.get("limit") ?? "") ? query.get("limit")! : "20";
    fieldsSlot.replaceChildren(
      textField({ label: m("from"), name: "from", type: "date", value: from }),
      textField({ label: m("to"), name: "to", type: "date", value: to }),
      selectField({ label: m("limit"), name: "limit", value: limit, choices: LIMITS.map((l): [string, string] => [l, l]) }),
    );
    clearFieldErrors(form);
    controller?.abort();
    controller = new AbortController();
    const signal = AbortSignal.any([ctx.signal, controller.signal]);
    reportSlot.setAttribute("aria-busy", "true");
    reportSlot.replaceChildren(loadingState());
    try {
      const report = await get("/api/v1/search/analytics", { query: { from, to, limit: Number(limit) }, signal, cache: false });
      reportSlot.replaceChildren(...reportView(report, from, to, signal));
      if (announceResult) announce(m("loaded", { n: formatNumber(report.searches) }));
    } catch (err) {
      if (isAbort(err)) return;
      // A period the service refuses (the end before the start) is shown at its field too.
      if (err instanceof ApiError && err.status === 400) showFieldErrors(form, err);
      reportSlot.replaceChildren(errorState(err, () => void show(query, true)));
    } finally {
      reportSlot.removeAttribute("aria-busy");
    }
  }
  void show(ctx.query, false);

  const title = m("title");
  const node = h("div", { class: "page admin-page" }, ...adminHeader(title, m("intro")), form, reportSlot);
  return { title, node, update: (next) => show(next.query, true) };
}

function reportView(report: SearchAnalytics, from: string, to: string, signal: AbortSignal): HTMLElement[] {
  const share = new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 1 });
  const ms = (value: number | null) => (value === null ? "—" : formatMs(value));
  const overview = section(
    m("overview"),
    h("p", { class: "muted" }, m("period", { from: formatDate(from), to: formatDate(to) })),
    report.searches === 0
      ? emptyState(m("none"))
      : facts([
          [m("searches"), formatNumber(report.searches)],
          [m("zero"), m("zero.value", { n: formatNumber(report.zero_result_searches), share: share.format(report.zero_result_searches / report.searches) })],
          [m("p50"), ms(report.latency_ms.p50)],
          [m("p95"), ms(report.latency_ms.p95)],
          [m("p99"), ms(report.latency_ms.p99)],
          [m("max"), ms(report.latency_ms.max)],
        ]),
  );
  const charts = h("div", { class: "admin-charts" });
  if (report.searches > 0) void byDay(charts, report, from, to, signal);
  return [overview, charts, topQueries(report), zeroQueries(report)];
}

interface Bucket {
  from: string;
  to: string;
  label: string;
  report: SearchAnalytics;
}

/** The period cut into at most MAX_BUCKETS runs of whole days, each asked for its own report. */
async function byDay(slot: HTMLElement, overall: SearchAnalytics, from: string, to: string, signal: AbortSignal): Promise<void> {
  slot.replaceChildren(loadingState());
  const days = Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;
  const width = Math.ceil(days / MAX_BUCKETS);
  const spans: { from: string; to: string }[] = [];
  for (let start = dayMs(from); start <= dayMs(to); start += width * DAY_MS) {
    spans.push({ from: isoDay(start), to: isoDay(Math.min(dayMs(to), start + (width - 1) * DAY_MS)) });
  }
  const dayLabel = new Intl.DateTimeFormat(locale(), { month: "short", day: "numeric", timeZone: "UTC" });
  const buckets: Bucket[] = [];
  try {
    for (let i = 0; i < spans.length; i += CONCURRENCY) {
      const batch = spans.slice(i, i + CONCURRENCY);
      const reports = await Promise.all(
        batch.map((span) => get("/api/v1/search/analytics", { query: { from: span.from, to: span.to, limit: 1 }, signal, cache: false })),
      );
      for (const [j, span] of batch.entries()) buckets.push({ ...span, label: dayLabel.format(new Date(dayMs(span.from))), report: reports[j]! });
    }
  } catch (err) {
    if (isAbort(err)) return;
    slot.replaceChildren(errorState(err, () => void byDay(slot, overall, from, to, signal), { title: m("chart.failed"), alert: false }));
    return;
  }
  const bucket = width === 1 ? m("bucket.day") : m("bucket.days", { n: width });
  const labels = buckets.map((b) => b.label);
  const withSearches = buckets.filter((b) => b.report.searches > 0);
  const worst = withSearches.reduce<Bucket | null>((a, b) => (a === null || (b.report.latency_ms.p95 ?? 0) > (a.report.latency_ms.p95 ?? 0) ? b : a), null);
  const busiest = withSearches.reduce<Bucket | null>((a, b) => (a === null || b.report.searches > a.report.searches ? b : a), null);
  const total = buckets.reduce((n, b) => n + b.report.searches, 0);

  slot.replaceChildren(
    localChart({
      heading: m("latency"),
      description: m("latency.text", { bucket }),
      type: "line",
      labels,
      series: (["p50", "p95", "p99"] as const).map((p, i) => ({
        label: m(p),
        values: buckets.map((b) => b.report.latency_ms[p]),
        colour: PALETTE[i]!,
        kind: "line" as const,
      })),
      yTitle: m("ms"),
      format: formatMs,
      summary: m("latency.summary", {
        p50: formatMs(overall.latency_ms.p50 ?? 0),
        p95: formatMs(overall.latency_ms.p95 ?? 0),
        worst: formatMs(worst?.report.latency_ms.p95 ?? 0),
        day: worst?.label ?? "—",
      }),
      tableCaption: m("latency.caption", { bucket }),
      categoryLabel: m("day"),
      emptyText: m("chart.empty"),
      signal,
    }),
    localChart({
      heading: m("volume"),
      description: m("volume.text", { bucket }),
      type: "bar",
      stacked: true,
      labels,
      series: [
        { label: m("volume.found"), values: buckets.map((b) => b.report.searches - b.report.zero_result_searches), colour: STATUS_COLOURS.ok },
        { label: m("volume.zero"), values: buckets.map((b) => b.report.zero_result_searches), colour: STATUS_COLOURS.degraded },
      ],
      yTitle: m("count"),
      summary: m("volume.summary", { n: formatNumber(total), bucket, day: busiest?.label ?? "—", most: formatNumber(busiest?.report.searches ?? 0) }),
      tableCaption: m("volume.caption", { bucket }),
      categoryLabel: m("day"),
      emptyText: m("chart.empty"),
      signal,
    }),
  );
}

function queryLink(q: string): HTMLElement {
  return link("/search", [h("span", { class: "query-text" }, q), h("span", { class: "visually-hidden" }, ` (${m("search.for", { q })})`)], { q });
}

function topQueries(report: SearchAnalytics): HTMLElement {
  if (report.top_queries.length === 0) return section(m("top"), emptyState(m("top.empty")));
  const columns: Column[] = [{ label: m("col.query") }, { label: m("col.searches"), numeric: true }, { label: m("col.average"), numeric: true }];
  const average = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
  return section(
    m("top"),
    dataTable({
      caption: m("top.caption"),
      captionHidden: true,
      columns,
      rows: report.top_queries.map((q) => row([queryLink(q.query), formatNumber(q.searches), average.format(q.average_results)], columns)),
    }).frame,
  );
}

function zeroQueries(report: SearchAnalytics): HTMLElement {
  if (report.zero_result_queries.length === 0) return section(m("zeroQueries"), emptyState(report.searches === 0 ? m("none") : m("zeroQueries.empty")));
  const columns: Column[] = [{ label: m("col.query") }, { label: m("col.searches"), numeric: true }, { label: m("col.last") }];
  return section(
    m("zeroQueries"),
    h("p", { class: "muted" }, m("zeroQueries.text")),
    dataTable({
      caption: m("zeroQueries.caption"),
      captionHidden: true,
      columns,
      rows: report.zero_result_queries.map((q) => row([queryLink(q.query), formatNumber(q.searches), timeOf(q.last_searched_at)], columns)),
    }).frame,
  );
}
