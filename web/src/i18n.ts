/** Every user-facing string of the web app, in both official languages. */

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  "doc.title": "Platform status · OpenPolicy",
  "skip": "Skip to main content",
  "brand.tagline": "Open civic data for Canadian democracy",
  "lang.switch": "Français",
  "lang.switchLabel": "Afficher cette page en français",
  "page.title": "Platform status",
  "page.intro": "Live health of the OpenPolicy API and each of its services. This page refreshes automatically every 30 seconds.",
  "overall.ok": "All systems operational",
  "overall.degraded": "Some services degraded",
  "overall.down": "Major outage",
  "overall.unknown": "Status unknown",
  "count.ok": "Operational: {n}",
  "count.degraded": "Degraded: {n}",
  "count.down": "Down: {n}",
  "checkedAt": "Checked at {time}",
  "checkedIn": "API answered in {latency}",
  "refresh": "Refresh now",
  "refreshing": "Checking…",
  "loading": "Checking platform status…",
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
  "footer.docs": "API documentation",
  "footer.openapi": "OpenAPI specification (JSON)",
  "footer.note": "OpenPolicy is an open civic-data platform for Canadian democracy.",
  "ms": "{n} ms",
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  "doc.title": "État de la plateforme · OpenPolicy",
  "skip": "Passer au contenu principal",
  "brand.tagline": "Données civiques ouvertes pour la démocratie canadienne",
  "lang.switch": "English",
  "lang.switchLabel": "View this page in English",
  "page.title": "État de la plateforme",
  "page.intro": "État en direct de l’API OpenPolicy et de chacun de ses services. Cette page s’actualise automatiquement toutes les 30 secondes.",
  "overall.ok": "Tous les systèmes sont opérationnels",
  "overall.degraded": "Certains services sont dégradés",
  "overall.down": "Panne majeure",
  "overall.unknown": "État inconnu",
  "count.ok": "Opérationnels\u00a0: {n}",
  "count.degraded": "Dégradés\u00a0: {n}",
  "count.down": "En panne\u00a0: {n}",
  "checkedAt": "Vérifié le {time}",
  "checkedIn": "Réponse de l’API en {latency}",
  "refresh": "Actualiser",
  "refreshing": "Vérification…",
  "loading": "Vérification de l’état de la plateforme…",
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
  "footer.docs": "Documentation de l’API",
  "footer.openapi": "Spécification OpenAPI (JSON)",
  "footer.note": "OpenPolicy est une plateforme ouverte de données civiques pour la démocratie canadienne.",
  "ms": "{n} ms",
};

const messages: Record<Lang, Record<MessageKey, string>> = { en, fr };

const serviceLabels: Record<Lang, Record<string, string>> = {
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
  },
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
  },
};

const locales: Record<Lang, string> = { en: "en-CA", fr: "fr-CA" };

let current: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Services the app does not know yet still show, under their API name. */
export function serviceLabel(name: string): string {
  return serviceLabels[current][name] ?? name;
}

export function formatMs(ms: number): string {
  return t("ms", { n: new Intl.NumberFormat(locales[current], { maximumFractionDigits: 0 }).format(ms) });
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat(locales[current], {
    dateStyle: "medium",
    timeStyle: "long",
  }).format(date);
}
