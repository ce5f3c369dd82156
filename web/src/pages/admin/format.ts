/** Times the operations pages show: durations, "how long ago", and `<time>` elements for timestamps. */
import { h } from "../../dom";
import { formatDate, formatDateTime, formatMs, getLang, locale } from "../../i18n";

/** `1 hr 4 min`, `3 min 12 sec`, `850 ms`: the two largest units, in the page's language. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return formatMs(ms);
  const seconds = Math.round(ms / 1000);
  const parts: [number, Intl.NumberFormatOptions["unit"]][] = [
    [Math.floor(seconds / 86_400), "day"],
    [Math.floor((seconds % 86_400) / 3600), "hour"],
    [Math.floor((seconds % 3600) / 60), "minute"],
    [seconds % 60, "second"],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => unit(n, u!))
    .join(" ");
}

function unit(n: number, u: string): string {
  return new Intl.NumberFormat(locale(), { style: "unit", unit: u, unitDisplay: "short" }).format(n);
}

/** A run's or a check's length; `—` while it has not finished. */
export function durationBetween(start: string, end: string | null): string {
  if (!end) return "—";
  return formatDuration(Date.parse(end) - Date.parse(start));
}

/** "3 hours ago", "in 2 days", from an ISO timestamp. */
export function ago(iso: string | null, now = Date.now()): string {
  if (!iso) return "—";
  const seconds = (Date.parse(iso) - now) / 1000;
  if (!Number.isFinite(seconds)) return iso;
  const rtf = new Intl.RelativeTimeFormat(locale(), { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(Math.round(seconds), "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), "hour");
  if (abs < 86_400 * 60) return rtf.format(Math.round(seconds / 86_400), "day");
  return rtf.format(Math.round(seconds / (86_400 * 30)), "month");
}

/**
 * A timestamp as a `<time>` element: the date and time (or the date alone, where the time of day
 * does not matter) in the page's language, machine-readable underneath.
 */
export function timeOf(iso: string | null, empty = "—", show: "datetime" | "date" = "datetime"): HTMLElement | string {
  if (!iso) return empty;
  return h("time", { datetime: iso }, show === "date" ? formatDate(iso, "medium") : formatDateTime(iso));
}

/** How long ago, for freshness at a glance, with the date and time under it. */
export function timeAgo(iso: string | null, empty = "—"): HTMLElement | string {
  if (!iso) return empty;
  return h("time", { datetime: iso, class: "time-ago" }, ago(iso), h("span", { class: "time-exact" }, formatDateTime(iso)));
}

/** Words the services wrote (errors, reasons, details), which are English: marked so on the French pages. */
export function englishText(text: string, className?: string): HTMLElement {
  return h("span", { lang: getLang() === "en" ? undefined : "en", class: className }, text);
}
