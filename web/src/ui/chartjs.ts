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
  type ChartConfiguration,
} from "chart.js";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
);

// The page's text colour and font, so the chart reads like the rest of the page (and keeps contrast).
Chart.defaults.color = "#1b1f24";
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
Chart.defaults.font.size = 13;

export type DrawnChart = { destroy(): void };

export function drawChart(canvas: HTMLCanvasElement, config: { type: string; data: unknown; options?: Record<string, unknown> }): DrawnChart {
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const given = (config.options ?? {}) as { plugins?: Record<string, unknown> & { title?: object } };
  const options = {
    ...given,
    // The page already shows the title as the chart's heading.
    plugins: { ...given.plugins, title: { ...given.plugins?.title, display: false } },
    responsive: true,
    maintainAspectRatio: false,
    ...(reduceMotion ? { animation: false } : {}),
  };
  return new Chart(canvas, { ...config, options } as unknown as ChartConfiguration);
}
