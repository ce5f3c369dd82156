/**
 * Charts of numbers a page already holds (health checks, runs, search latencies), drawn with the
 * app's lazily loaded Chart.js. Every chart says what it shows in a sentence and carries its
 * numbers as a table, so nothing is only in the picture.
 */
import { h, uid } from "../../dom";
import { defineMessages, formatNumber } from "../../i18n";
import { emptyState } from "../../ui/states";
import { dataTable, row, type Column } from "../../ui/table";

const m = defineMessages(
  {
    table: "Show the chart’s data as a table",
    alt: "{title}. {summary} The numbers are in the table that follows.",
    drawFailed: "This chart could not be drawn; its data is in the table below.",
  },
  {
    table: "Afficher les données du graphique sous forme de tableau",
    alt: "{title}. {summary} Les chiffres figurent dans le tableau qui suit.",
    drawFailed: "Ce graphique n’a pas pu être tracé\u00a0; ses données sont dans le tableau ci-dessous.",
  },
);

export interface Series {
  label: string;
  values: (number | null)[];
  colour: string;
  /** Overrides the chart's type for this series (bars with a line on top). */
  kind?: "bar" | "line";
}

export interface LocalChartOptions {
  heading: string;
  level?: "h2" | "h3";
  description?: string;
  type: "bar" | "line";
  /** The categories along the x axis (days, hours, percentiles). */
  labels: string[];
  series: Series[];
  stacked?: boolean;
  yTitle?: string;
  /** How the table writes a value (milliseconds, counts). */
  format?: (value: number) => string;
  /** What an operator should take from the chart, in one or two sentences: its text alternative. */
  summary: string;
  tableCaption: string;
  categoryLabel: string;
  emptyText: string;
  signal: AbortSignal;
}

export function localChart(options: LocalChartOptions): HTMLElement {
  const headingId = uid("chart");
  const panel = h(
    "section",
    { class: "chart-panel", "aria-labelledby": headingId },
    h(options.level ?? "h2", { id: headingId }, options.heading),
    options.description && h("p", { class: "muted" }, options.description),
  );
  const hasData = options.labels.length > 0 && options.series.some((s) => s.values.some((v) => v !== null && v !== 0));
  if (!hasData) {
    panel.append(emptyState(options.emptyText));
    return panel;
  }

  const canvas = h("canvas", { role: "img", "aria-label": m("alt", { title: options.heading, summary: options.summary }) });
  const figure = h("figure", { class: "chart-figure" }, h("div", { class: "chart-box" }, canvas));
  const details = h("details", { class: "chart-data" }, h("summary", {}, m("table")), tableOf(options));
  // The legend is the page's own text rather than drawn in the canvas, so it wraps on a phone
  // instead of crowding out the plot, and can be read and zoomed like the rest of the page.
  const legend = h(
    "ul",
    { class: "chart-legend", "aria-hidden": "true" },
    ...options.series.map((s) => h("li", {}, h("span", { class: "chart-swatch", style: `background:${s.colour}` }), s.label)),
  );
  panel.append(h("p", { class: "chart-summary" }, options.summary), figure, legend, details);
  void draw(options, canvas, figure, details);
  return panel;
}

async function draw(options: LocalChartOptions, canvas: HTMLCanvasElement, figure: HTMLElement, details: HTMLDetailsElement): Promise<void> {
  const dense = options.labels.length > 48;
  const config = {
    type: options.type,
    data: {
      labels: options.labels,
      datasets: options.series.map((s) => {
        const kind = s.kind ?? options.type;
        const common = { label: s.label, data: s.values, backgroundColor: s.colour, borderColor: s.colour, ...(s.kind ? { type: s.kind } : {}) };
        return kind === "line" ? { ...common, borderWidth: 2, pointRadius: dense ? 0 : 2.5, spanGaps: true, tension: 0.2, fill: false } : common;
      }),
    },
    options: {
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { display: false } },
      scales: {
        x: { stacked: options.stacked ?? false, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
        y: {
          stacked: options.stacked ?? false,
          beginAtZero: true,
          title: { display: options.yTitle !== undefined, text: options.yTitle ?? "" },
          ticks: { precision: 0 },
        },
      },
    },
  };
  try {
    const { drawChart } = await import("../../ui/chartjs");
    if (options.signal.aborted || !canvas.isConnected) return;
    const chart = drawChart(canvas, config);
    options.signal.addEventListener("abort", () => chart.destroy(), { once: true });
  } catch {
    figure.replaceWith(h("p", { class: "notice" }, m("drawFailed")));
    details.open = true;
  }
}

function tableOf(options: LocalChartOptions): HTMLElement {
  const format = options.format ?? formatNumber;
  const columns: Column[] = [{ label: options.categoryLabel }, ...options.series.map((s) => ({ label: s.label, numeric: true }))];
  const rows = options.labels.map((label, i) =>
    row([label, ...options.series.map((s) => (s.values[i] === null || s.values[i] === undefined ? "—" : format(s.values[i]!)))], columns),
  );
  return dataTable({ caption: options.tableCaption, columns, rows }).frame;
}

/** Colours that stay apart for a dozen series and keep 3:1 against the white chart background. */
export const PALETTE = ["#1f5fbf", "#c4391d", "#1e7d45", "#7b2fa8", "#8a5a00", "#00796b", "#c2185b", "#455a64", "#e65100", "#0288a7", "#5d4037", "#6b7f00"];

export const STATUS_COLOURS = {
  ok: "#1e7d45",
  degraded: "#b26a00",
  down: "#c62828",
  running: "#0b57d0",
  succeeded: "#1e7d45",
  partial: "#b26a00",
  failed: "#c62828",
} as const;
