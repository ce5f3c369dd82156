/**
 * A chart from the charts service (`GET /api/v1/charts/{kind}`): the service sends a ready
 * Chart.js configuration, drawn here with Chart.js loaded on demand. Every chart comes with the
 * same numbers as a table (its text alternative) and a link to the CSV twin; when the service
 * answers an error, the chart's own panel says so and the rest of the page is unaffected.
 */
import { ApiError, apiUrl, isAbort, request, type Answer } from "../api/client";
import type { paths } from "../api/schema";
import { h, uid } from "../dom";
import { defineMessages, formatNumber, getLang } from "../i18n";
import { emptyState, errorState, loadingState } from "./states";
import { dataTable, row } from "./table";

const m = defineMessages(
  {
    "chart.loading": "Loading the chart…",
    "chart.unavailable": "This chart is not available right now.",
    "chart.drawFailed": "This chart could not be drawn; its data is in the table below.",
    "chart.table": "Show the chart’s data as a table",
    "chart.csv": "Download the data (CSV)",
    "chart.alt": "{title}. The same data is in the table that follows.",
    "chart.empty": "There is no data for this chart yet.",
    "chart.category": "Category",
    "chart.value": "Value",
  },
  {
    "chart.loading": "Chargement du graphique…",
    "chart.unavailable": "Ce graphique n’est pas disponible pour le moment.",
    "chart.drawFailed": "Ce graphique n’a pas pu être tracé\u00a0; ses données sont dans le tableau ci-dessous.",
    "chart.table": "Afficher les données du graphique sous forme de tableau",
    "chart.csv": "Télécharger les données (CSV)",
    "chart.alt": "{title}. Les mêmes données figurent dans le tableau qui suit.",
    "chart.empty": "Il n’y a pas encore de données pour ce graphique.",
    "chart.category": "Catégorie",
    "chart.value": "Valeur",
  },
);

export type ChartKind = "vote-by-party" | "member-activity" | "bills-by-stage" | "party-cohesion" | "mentions-over-time";
type ChartPath<K extends ChartKind> = `/api/v1/charts/${K}`;
/** A chart's query as the document declares it, but the language (always the page's). */
export type ChartParams<K extends ChartKind> = Omit<NonNullable<paths[ChartPath<K>]["get"]["parameters"]["query"]>, "lang">;
/** Any chart the service draws: `{ kind, title: { en, fr }, data, chart }`. */
type ChartResponse = Answer<ChartPath<ChartKind>>;

export interface ChartPanelOptions<K extends ChartKind = ChartKind> {
  kind: K;
  params: ChartParams<K>;
  /** Shown until the service's own title arrives, and if it never does. */
  heading: string;
  level?: "h2" | "h3";
  signal: AbortSignal;
  /** One sentence on what the chart shows, under the heading. */
  description?: string;
}

export function chartPanel<K extends ChartKind>(options: ChartPanelOptions<K>): HTMLElement {
  const headingId = uid("chart");
  const heading = h(options.level ?? "h2", { id: headingId }, options.heading);
  const body = h("div", { class: "chart-body" }, loadingState(m("chart.loading")));
  const panel = h(
    "section",
    { class: "chart-panel", "aria-labelledby": headingId, "data-chart": options.kind },
    heading,
    options.description && h("p", { class: "muted" }, options.description),
    body,
  );
  void load(options, heading, body);
  return panel;
}

async function load<K extends ChartKind>(options: ChartPanelOptions<K>, heading: HTMLElement, body: HTMLElement): Promise<void> {
  let response: ChartResponse;
  try {
    // The kind picks the path, so `get()` cannot check this call by itself; `ChartParams` did.
    response = await request<ChartResponse>("GET", `/api/v1/charts/${options.kind}`, { query: { ...options.params, lang: getLang() }, signal: options.signal });
    if (!response?.chart?.data || !Array.isArray(response.chart.data.datasets)) throw new ApiError("invalid", 200, null);
  } catch (err) {
    if (isAbort(err)) return;
    body.replaceChildren(errorState(err, () => retry(), { title: m("chart.unavailable"), alert: false }));
    return;
  }
  const title = typeof response.title === "string" ? response.title : (response.title?.[getLang()] ?? options.heading);
  heading.textContent = title;

  const labels = response.chart.data.labels ?? [];
  const datasets = response.chart.data.datasets;
  if (datasets.length === 0 || datasets.every((d) => !Array.isArray(d.data) || d.data.length === 0)) {
    body.replaceChildren(emptyState(m("chart.empty")));
    return;
  }

  const canvas = h("canvas", { role: "img", "aria-label": m("chart.alt", { title }) });
  const figure = h("figure", { class: "chart-figure" }, h("div", { class: "chart-box" }, canvas));
  const csv = h(
    "p",
    { class: "chart-links" },
    h("a", { href: apiUrl(`/api/v1/charts/${options.kind}.csv`, { ...options.params, lang: getLang() }), download: `${options.kind}.csv` }, m("chart.csv")),
  );
  const details = h("details", { class: "chart-data" }, h("summary", {}, m("chart.table")), dataTableOf(title, labels, datasets));
  body.replaceChildren(figure, details, csv);

  try {
    const { drawChart } = await import("./chartjs");
    if (options.signal.aborted) return;
    const chart = drawChart(canvas, response.chart);
    options.signal.addEventListener("abort", () => chart.destroy(), { once: true });
  } catch {
    // Chart.js refused the configuration (or could not load): the table still carries the data.
    figure.replaceWith(h("p", { class: "notice" }, m("chart.drawFailed")));
    details.open = true;
  }

  function retry(): void {
    body.replaceChildren(loadingState(m("chart.loading")));
    void load(options, heading, body);
  }
}

function dataTableOf(title: string, labels: unknown[], datasets: { label?: string; data: unknown[] }[]): HTMLElement {
  const columns = [{ label: m("chart.category") }, ...datasets.map((d) => ({ label: d.label || m("chart.value"), numeric: true }))];
  const count = Math.max(labels.length, ...datasets.map((d) => (Array.isArray(d.data) ? d.data.length : 0)));
  const rows = Array.from({ length: count }, (_, i) =>
    row([labelText(labels[i], i), ...datasets.map((d) => valueText(Array.isArray(d.data) ? d.data[i] : undefined))], columns),
  );
  return dataTable({ caption: title, columns, rows }).frame;
}

function labelText(label: unknown, index: number): string {
  if (label === undefined || label === null) return String(index + 1);
  return Array.isArray(label) ? label.join(" ") : String(label);
}

function valueText(value: unknown): string {
  if (typeof value === "number") return formatNumber(value);
  if (value && typeof value === "object" && "y" in value && typeof (value as { y: unknown }).y === "number") {
    return formatNumber((value as { y: number }).y);
  }
  return value === undefined || value === null ? "—" : String(value);
}
