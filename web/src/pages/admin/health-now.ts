/** The platform's health at this moment as a table of services, and a way to check again, for the overview and the health page. */
import { h } from "../../dom";
import { defineMessages, formatMs } from "../../i18n";
import { busy } from "../../ui/forms";
import { announce } from "../../ui/live";
import { loadInto } from "../../ui/states";
import { dataTable, row, type Column } from "../../ui/table";
import { englishText, timeOf } from "./format";
import { loadHealth, type PlatformHealth } from "./health-report";
import { healthBadge, healthLabel, serviceLabel } from "./labels";

const m = defineMessages(
  {
    checked: "Checked at {time}, in {latency}.",
    caption: "Each service’s status and response time now",
    "col.service": "Service",
    "col.status": "Status",
    "col.latency": "Response time",
    "col.checks": "Binding checks",
    "col.problem": "Problem",
    checks: "{ok} of {total} ok",
    failing: "Failing: {checks}",
    breaker: "The gateway is holding its requests back for a moment (circuit open).",
    none: "None",
    refresh: "Check again",
    refreshing: "Checking…",
    refreshed: "Checked again. Platform: {status}.",
  },
  {
    checked: "Vérifiée le {time}, en {latency}.",
    caption: "État et temps de réponse actuels de chaque service",
    "col.service": "Service",
    "col.status": "État",
    "col.latency": "Temps de réponse",
    "col.checks": "Vérifications des liaisons",
    "col.problem": "Problème",
    checks: "{ok} sur {total} OK",
    failing: "En échec\u00a0: {checks}",
    breaker: "La passerelle retient un moment ses requêtes (disjoncteur ouvert).",
    none: "Aucun",
    refresh: "Vérifier à nouveau",
    refreshing: "Vérification…",
    refreshed: "Nouvelle vérification faite. Plateforme\u00a0: {status}.",
  },
);

type Service = PlatformHealth["services"][number] & { breaker?: string };

/** The health now, read as the page opens, and a button to read it again that says what it found. */
export function liveHealth(signal: AbortSignal): { refresh: HTMLButtonElement; slot: HTMLElement } {
  const slot = h("div", {});
  const refresh = h("button", { type: "button", class: "button button-secondary" }, m("refresh"));
  let latest: PlatformHealth | null = null;
  const load = () =>
    loadInto(
      slot,
      () => loadHealth(signal),
      (report) => {
        latest = report;
        return healthNow(report);
      },
    );
  refresh.addEventListener("click", () => {
    void busy(refresh, m("refreshing"), async () => {
      latest = null;
      await load();
      const report = latest as PlatformHealth | null;
      if (report) announce(m("refreshed", { status: healthLabel(report.status) }));
    });
  });
  void load();
  return { refresh, slot };
}

export function healthNow(report: PlatformHealth): HTMLElement[] {
  const [before, after] = m("checked", { latency: formatMs(report.latency_ms ?? 0) }).split("{time}");
  const columns: Column[] = [
    { label: m("col.service") },
    { label: m("col.status") },
    { label: m("col.latency"), numeric: true },
    { label: m("col.checks"), secondary: true },
    { label: m("col.problem") },
  ];
  return [
    h("div", { class: "admin-overall" }, healthBadge(report.status), h("p", { class: "muted" }, before, timeOf(report.checked_at), after)),
    dataTable({
      caption: m("caption"),
      captionHidden: true,
      columns,
      rows: (report.services as Service[]).map((s) => {
        const checks = s.checks ?? [];
        const failing = checks.filter((c) => c.status !== "ok").map((c) => c.name);
        const problems = [
          s.error ? englishText(s.error) : null,
          failing.length > 0 ? h("span", { class: "cell-note" }, m("failing", { checks: failing.join(", ") })) : null,
          s.breaker === "open" ? h("span", { class: "cell-note" }, m("breaker")) : null,
        ].filter((p) => p !== null);
        return row(
          [
            [h("span", { class: "cell-title" }, serviceLabel(s.name)), h("code", { class: "cell-code" }, s.name)],
            healthBadge(s.status),
            s.latency_ms === null ? "—" : formatMs(s.latency_ms),
            checks.length === 0 ? "—" : m("checks", { ok: checks.length - failing.length, total: checks.length }),
            problems.length > 0 ? problems : h("span", { class: "muted" }, m("none")),
          ],
          columns,
        );
      }),
    }).frame,
  ];
}
