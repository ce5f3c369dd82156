/**
 * Chart.js, loaded only by pages that draw a chart. Only what the charts service's configurations
 * use is registered (bar and line charts on category and linear scales, with title, subtitle,
 * legend, tooltip and filled areas), which keeps this chunk a fraction of the full library.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
  type ChartData,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, SubTitle, Title, Tooltip);

// The page's text colour and font, so the chart reads like the rest of the page (and keeps contrast).
Chart.defaults.color = "#1b1f24";
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
Chart.defaults.font.size = 13;

export type DrawnChart = { destroy(): void };

/** The chart types registered above: what the charts service and the admin pages draw. */
type DrawnType = "bar" | "line";

const isDrawnType = (type: string): type is DrawnType => type === "bar" || type === "line";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Chart data as the charts service's schema (`ChartConfig`) and the admin pages give it: each dataset's values are numbers, null for a gap. */
function isChartData(data: unknown): data is ChartData<DrawnType, (number | null)[]> {
  return (
    isRecord(data) &&
    Array.isArray(data.datasets) &&
    data.datasets.every((set: unknown) => isRecord(set) && Array.isArray(set.data) && set.data.every((v: unknown) => v === null || typeof v === "number"))
  );
}

export function drawChart(canvas: HTMLCanvasElement, config: { type: string; data: unknown; options?: Record<string, unknown> }): DrawnChart {
  const { type, data } = config;
  if (!isDrawnType(type) || !isChartData(data)) throw new Error(`Not a chart this page can draw (${type}).`);
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const given = config.options ?? {};
  const plugins = isRecord(given.plugins) ? given.plugins : {};
  const title = isRecord(plugins.title) ? plugins.title : {};
  const options = {
    ...given,
    // The page already shows the title as the chart's heading.
    plugins: { ...plugins, title: { ...title, display: false } },
    responsive: true,
    maintainAspectRatio: false,
    ...(reduceMotion ? { animation: false as const } : {}),
  };
  return new Chart(canvas, { type, data, options });
}
