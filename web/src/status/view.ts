/** The status page's pieces: the overall banner, the service cards and their binding checks. */
import { h, statusIcon } from "../dom";
import { defineMessages, formatMs, getLang, locale } from "../i18n";
import type { Check, FetchFailure, PlatformHealth, ServiceHealth, Status } from "./health";
import { HEALTH_STATUSES } from "../../../shared/health/statuses";
import type { ServiceName } from "../../../shared/service/names";

export const t = defineMessages(
  {
    "page.title": "Platform status",
    "page.intro": "Live health of the OpenPolicy API and each of its services. This page refreshes automatically every 30 seconds.",
    "overall.ok": "All systems operational",
    "overall.degraded": "Some services degraded",
    "overall.down": "Major outage",
    "overall.unknown": "Status unknown",
    "count.ok": "Operational: {n}",
    "count.degraded": "Degraded: {n}",
    "count.down": "Down: {n}",
    checkedAt: "Checked at {time}",
    checkedIn: "API answered in {latency}",
    refresh: "Refresh now",
    refreshing: "Checking…",
    loading: "Checking platform status…",
    "services.heading": "Services",
    "status.ok": "Operational",
    "status.degraded": "Degraded",
    "status.down": "Down",
    "status.unknown": "Unknown",
    "service.latency": "Response time",
    "service.error": "Error:",
    "service.noChecks": "No binding checks reported.",
    "checks.summary": "Binding checks ({count})",
    "check.ok": "OK",
    "check.down": "Failed",
    "check.degraded": "Degraded",
    "check.unknown": "Unknown",
    "checks.name": "Binding",
    "checks.status": "Status",
    "checks.latency": "Time",
    "error.title": "Cannot reach the OpenPolicy API",
    "error.network": "The request did not get through. Check your connection, then try again.",
    "error.timeout": "The API did not answer in time. Try again in a moment.",
    "error.invalid": "The API answered with something other than a status report.",
    "error.http": "The API answered with HTTP {status}.",
    "error.retry": "Try again",
  },
  {
    "page.title": "État de la plateforme",
    "page.intro": "État en direct de l’API OpenPolicy et de chacun de ses services. Cette page s’actualise automatiquement toutes les 30 secondes.",
    "overall.ok": "Tous les systèmes sont opérationnels",
    "overall.degraded": "Certains services sont dégradés",
    "overall.down": "Panne majeure",
    "overall.unknown": "État inconnu",
    "count.ok": "Opérationnels\u00a0: {n}",
    "count.degraded": "Dégradés\u00a0: {n}",
    "count.down": "En panne\u00a0: {n}",
    checkedAt: "Vérifié le {time}",
    checkedIn: "Réponse de l’API en {latency}",
    refresh: "Actualiser",
    refreshing: "Vérification…",
    loading: "Vérification de l’état de la plateforme…",
    "services.heading": "Services",
    "status.ok": "Opérationnel",
    "status.degraded": "Dégradé",
    "status.down": "En panne",
    "status.unknown": "Inconnu",
    "service.latency": "Temps de réponse",
    "service.error": "Erreur\u00a0:",
    "service.noChecks": "Aucune vérification de liaison signalée.",
    "checks.summary": "Vérifications des liaisons ({count})",
    "check.ok": "OK",
    "check.down": "Échec",
    "check.degraded": "Dégradé",
    "check.unknown": "Inconnu",
    "checks.name": "Liaison",
    "checks.status": "État",
    "checks.latency": "Durée",
    "error.title": "Impossible de joindre l’API OpenPolicy",
    "error.network": "La requête n’a pas abouti. Vérifiez votre connexion, puis réessayez.",
    "error.timeout": "L’API n’a pas répondu à temps. Réessayez dans un instant.",
    "error.invalid": "L’API a renvoyé autre chose qu’un rapport d’état.",
    "error.http": "L’API a répondu avec le code HTTP {status}.",
    "error.retry": "Réessayer",
  },
);
type MessageKey = Parameters<typeof t>[0];

/** Every service of shared/service/names.ts needs its label in both languages: the compiler says which is missing. */
const serviceLabels = {
  en: {
    parliament: "Parliament data",
    etl: "Data imports (ETL)",
    search: "Search",
    auth: "Sign-in and accounts",
    notifications: "Notifications",
    config: "Configuration",
    policy: "Access policies",
    charts: "Charts",
    mobile: "Mobile API",
    health: "Health checks",
    monitoring: "Monitoring",
    deployment: "Deployments",
  } satisfies Record<ServiceName, string> as Record<string, string>,
  fr: {
    parliament: "Données parlementaires",
    etl: "Importation des données (ETL)",
    search: "Recherche",
    auth: "Comptes et connexion",
    notifications: "Notifications",
    config: "Configuration",
    policy: "Politiques d’accès",
    charts: "Graphiques",
    mobile: "API mobile",
    health: "Vérifications de santé",
    monitoring: "Surveillance",
    deployment: "Déploiements",
  } satisfies Record<ServiceName, string> as Record<string, string>,
};

/** Services the app does not know yet still show, under their API name. */
export function serviceLabel(name: string): string {
  return serviceLabels[getLang()][name] ?? name;
}

function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "long" }).format(date);
}

/** The short message the live region announces; unchanged text is not re-announced. */
export function summaryText(report: PlatformHealth): string {
  const headline = t(`overall.${report.status}` as MessageKey);
  return report.status === "ok" ? headline : `${headline}. ${countsText(report)}`;
}

export function renderBanner(report: PlatformHealth): HTMLElement {
  return h(
    "div",
    { class: `banner banner-${report.status}` },
    statusIcon(report.status),
    h(
      "div",
      { class: "banner-text" },
      h("h2", { class: "banner-headline" }, t(`overall.${report.status}` as MessageKey)),
      h(
        "p",
        { class: "banner-counts" },
        // The separator stays with the count before it, so a wrapped line never starts with "·".
        ...counts(report).flatMap((text, i, all) => [
          i > 0 && " ",
          h("span", { class: "count" }, text, i < all.length - 1 && h("span", { "aria-hidden": "true" }, " ·")),
        ]),
      ),
    ),
  );
}

export function renderMeta(report: PlatformHealth): HTMLElement {
  const checked = new Date(report.checked_at);
  const valid = report.checked_at !== "" && !Number.isNaN(checked.getTime());
  const [before, after] = t("checkedAt").split("{time}");
  return h(
    "p",
    { class: "meta" },
    h("span", {}, before ?? "", valid ? h("time", { datetime: report.checked_at }, formatDateTime(checked)) : report.checked_at || "—", after ?? ""),
    report.latency_ms !== null && h("span", {}, t("checkedIn", { latency: formatMs(report.latency_ms) })),
  );
}

export function renderError(failure: FetchFailure, onRetry: () => void): HTMLElement {
  const message =
    failure.kind === "http" ? t("error.http", { status: failure.status }) : failure.kind === "invalid" ? t("error.invalid") : t(`error.${failure.kind}`);
  const retry = h("button", { type: "button", class: "button", id: "retry" }, t("error.retry"));
  retry.addEventListener("click", onRetry);
  return h(
    "div",
    { class: "error-panel" },
    statusIcon("down"),
    h("div", { class: "error-text" }, h("h2", { class: "error-title" }, t("error.title")), h("p", {}, message), retry),
  );
}

/**
 * Service cards, in the order the API lists them. `openChecks` remembers which check lists the
 * user opened or closed, so a refresh every 30 s does not undo it; until the user chooses, a
 * service that is not ok shows its checks open.
 */
export function renderServices(report: PlatformHealth, openChecks: Map<string, boolean>): HTMLElement {
  return h("ul", { class: "services", role: "list" }, ...report.services.map((s) => renderService(s, openChecks)));
}

function renderService(service: ServiceHealth, openChecks: Map<string, boolean>): HTMLElement {
  const headingId = `svc-${cssId(service.name)}`;
  const label = serviceLabel(service.name);
  return h(
    "li",
    { class: `service service-${service.status}` },
    h(
      "article",
      { "aria-labelledby": headingId },
      h(
        "div",
        { class: "service-head" },
        h("h3", { class: "service-name", id: headingId }, label, label !== service.name && h("span", { class: "service-id" }, service.name)),
        badge(service.status, t(`status.${service.status}` as MessageKey)),
      ),
      h("dl", { class: "service-meta" }, h("dt", {}, t("service.latency")), h("dd", {}, service.latency_ms === null ? "—" : formatMs(service.latency_ms))),
      service.error !== undefined && h("p", { class: "service-error" }, h("strong", {}, t("service.error")), " ", service.error),
      renderChecks(service, openChecks),
    ),
  );
}

function renderChecks(service: ServiceHealth, openChecks: Map<string, boolean>): HTMLElement | null {
  // The public sees each service's status alone: the API shows the checks to admins only.
  if (service.checks === undefined) return null;
  // A service that could not be reached has no checks to list; its error already says why.
  if (service.checks.length === 0) {
    return service.error === undefined ? h("p", { class: "no-checks" }, t("service.noChecks")) : null;
  }
  const details = h(
    "details",
    { class: "checks", "data-service": service.name, open: openChecks.get(service.name) ?? service.status !== "ok" },
    h("summary", {}, t("checks.summary", { count: service.checks.length })),
    h(
      "table",
      {},
      h("caption", { class: "visually-hidden" }, `${t("checks.summary", { count: service.checks.length })} – ${serviceLabel(service.name)}`),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("checks.name")),
          h("th", { scope: "col" }, t("checks.status")),
          h("th", { scope: "col", class: "num" }, t("checks.latency")),
        ),
      ),
      h("tbody", {}, ...service.checks.map(renderCheck)),
    ),
  );
  details.addEventListener("toggle", () => openChecks.set(service.name, details.open));
  return details;
}

function renderCheck(check: Check): HTMLElement {
  return h(
    "tr",
    { class: `check-${check.status}` },
    h("th", { scope: "row" }, h("code", {}, check.name), check.detail !== undefined && h("span", { class: "check-detail" }, check.detail)),
    h("td", {}, badge(check.status, t(`check.${check.status}` as MessageKey))),
    h("td", { class: "num" }, check.latency_ms === null ? "—" : formatMs(check.latency_ms)),
  );
}

function badge(status: Status, text: string): HTMLElement {
  return h("span", { class: `badge badge-${status}` }, statusIcon(status), text);
}

function counts(report: PlatformHealth): string[] {
  return HEALTH_STATUSES.map((status) => t(`count.${status}`, { n: report.services.filter((s) => s.status === status).length }));
}

function countsText(report: PlatformHealth): string {
  return counts(report).join(", ");
}

function cssId(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, "_");
}
