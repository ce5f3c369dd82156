/**
 * Language state, the shell's own strings, and the formatters every page shares. Each page keeps
 * its strings beside it with `defineMessages`, so a visitor downloads only the words of the pages
 * they open; the type makes a French string missing from a page a compile error.
 */

export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Record<Lang, string>;

type Params = Record<string, string | number>;

const core = {
  en: {
    "site.name": "OpenPolicy",
    skip: "Skip to main content",
    "brand.tagline": "Open civic data for Canadian democracy",
    "lang.switch": "Français",
    "lang.switchLabel": "Afficher ce site en français",
    "nav.label": "Main",
    "nav.menu": "Menu",
    "nav.search": "Search",
    "nav.members": "Members",
    "nav.bills": "Bills",
    "nav.votes": "Votes",
    "nav.debates": "Debates",
    "nav.committees": "Committees",
    "nav.representatives": "Representatives",
    "nav.postcodes": "Find your MP",
    "nav.admin": "Admin",
    "nav.account": "Account",
    "nav.accountLabel": "Your account",
    "nav.signin": "Sign in",
    "nav.signup": "Sign up",
    "nav.signout": "Sign out",
    "nav.signedOut": "You are signed out.",
    "nav.sessionEnded": "Your session has ended. Sign in again to continue.",
    "footer.label": "Site",
    "footer.docs": "API documentation",
    "footer.openapi": "OpenAPI specification (JSON)",
    "footer.status": "Platform status",
    "footer.note": "OpenPolicy is an open civic-data platform for Canadian democracy.",
    "footer.sources": "Data: House of Commons Hansard, LEGISinfo, openparliament.ca and Open North’s Represent.",
    loading: "Loading…",
    "loading.page": "Loading the page…",
    "error.title": "Something went wrong",
    "error.network": "The request did not get through. Check your connection, then try again.",
    "error.timeout": "The server did not answer in time. Try again in a moment.",
    "error.invalid": "The server sent an answer this page cannot read.",
    "error.http": "The server answered with HTTP {status}.",
    "error.rateLimited": "Too many requests in a short time. Wait a moment, then try again.",
    "error.retryAfter": "You can try again in {seconds} s.",
    "error.retry": "Try again",
    "error.reload": "Reload the page",
    "error.chunk": "This part of the site could not be loaded; it may just have been updated. Reload the page to get the newest version.",
    "error.reference": "Reference: {id}",
    "notFound.title": "Page not found",
    "notFound.text": "There is no page at this address. It may have moved, or the link may be mistyped.",
    "notFound.home": "Go to the home page",
    "gate.signin.title": "Sign in to continue",
    "gate.signin.text": "This page is for signed-in users.",
    "gate.signin.link": "Sign in",
    "gate.signup.link": "Create an account",
    "gate.forbidden.title": "You do not have access to this page",
    "gate.forbidden.text": "Your account does not have the role this page needs ({role}).",
    more: "Show more",
    "more.loading": "Loading more…",
    "more.loaded": "{n} more loaded.",
    showing: "Showing {shown} of {total}",
    "showing.gte": "Showing {shown} of more than {total}",
    filters: "Filters",
    "filters.active": "Filters ({n} in force)",
    "filters.apply": "Apply",
    "filters.clear": "Clear filters",
    any: "Any",
    results: "{n} results",
    "results.one": "1 result",
    "results.none": "No results",
  },
  fr: {
    "site.name": "OpenPolicy",
    skip: "Passer au contenu principal",
    "brand.tagline": "Données civiques ouvertes pour la démocratie canadienne",
    "lang.switch": "English",
    "lang.switchLabel": "View this site in English",
    "nav.label": "Principal",
    "nav.menu": "Menu",
    "nav.search": "Recherche",
    "nav.members": "Députés",
    "nav.bills": "Projets de loi",
    "nav.votes": "Votes",
    "nav.debates": "Débats",
    "nav.committees": "Comités",
    "nav.representatives": "Élus",
    "nav.postcodes": "Trouver votre député",
    "nav.admin": "Administration",
    "nav.account": "Compte",
    "nav.accountLabel": "Votre compte",
    "nav.signin": "Se connecter",
    "nav.signup": "Créer un compte",
    "nav.signout": "Se déconnecter",
    "nav.signedOut": "Vous êtes déconnecté.",
    "nav.sessionEnded": "Votre session a pris fin. Reconnectez-vous pour continuer.",
    "footer.label": "Site",
    "footer.docs": "Documentation de l’API",
    "footer.openapi": "Spécification OpenAPI (JSON)",
    "footer.status": "État de la plateforme",
    "footer.note": "OpenPolicy est une plateforme ouverte de données civiques pour la démocratie canadienne.",
    "footer.sources": "Données\u00a0: Hansard de la Chambre des communes, LEGISinfo, openparliament.ca et Represent d’Open North.",
    loading: "Chargement…",
    "loading.page": "Chargement de la page…",
    "error.title": "Un problème est survenu",
    "error.network": "La requête n’a pas abouti. Vérifiez votre connexion, puis réessayez.",
    "error.timeout": "Le serveur n’a pas répondu à temps. Réessayez dans un instant.",
    "error.invalid": "Le serveur a envoyé une réponse que cette page ne peut pas lire.",
    "error.http": "Le serveur a répondu avec le code HTTP {status}.",
    "error.rateLimited": "Trop de requêtes en peu de temps. Patientez un moment, puis réessayez.",
    "error.retryAfter": "Vous pourrez réessayer dans {seconds} s.",
    "error.retry": "Réessayer",
    "error.reload": "Recharger la page",
    "error.chunk":
      "Cette partie du site n’a pas pu être chargée\u00a0; il vient peut-être d’être mis à jour. Rechargez la page pour obtenir la dernière version.",
    "error.reference": "Référence\u00a0: {id}",
    "notFound.title": "Page introuvable",
    "notFound.text": "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une erreur.",
    "notFound.home": "Aller à la page d’accueil",
    "gate.signin.title": "Connectez-vous pour continuer",
    "gate.signin.text": "Cette page est réservée aux utilisateurs connectés.",
    "gate.signin.link": "Se connecter",
    "gate.signup.link": "Créer un compte",
    "gate.forbidden.title": "Vous n’avez pas accès à cette page",
    "gate.forbidden.text": "Votre compte n’a pas le rôle requis pour cette page ({role}).",
    more: "Afficher plus",
    "more.loading": "Chargement…",
    "more.loaded": "{n} de plus chargés.",
    showing: "{shown} sur {total}",
    "showing.gte": "{shown} sur plus de {total}",
    filters: "Filtres",
    "filters.active": "Filtres ({n} appliqués)",
    "filters.apply": "Appliquer",
    "filters.clear": "Effacer les filtres",
    any: "Tous",
    results: "{n} résultats",
    "results.one": "1 résultat",
    "results.none": "Aucun résultat",
  },
} satisfies Record<Lang, Record<string, string>>;

export type CoreKey = keyof typeof core.en;
// Keeps the French dictionary complete: a key missing there fails the type check.
const _frComplete: Record<CoreKey, string> = core.fr;
void _frComplete;

const locales: Record<Lang, string> = { en: "en-CA", fr: "fr-CA" };

let current: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

export const getLang = (): Lang => current;
export const otherLang = (lang: Lang = current): Lang => (lang === "en" ? "fr" : "en");

export function setLang(lang: Lang): void {
  current = lang;
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: CoreKey, params: Params = {}): string {
  return fill(core[current][key], params);
}

/** A page's own strings: English defines the keys, French must have every one of them. */
export function defineMessages<const E extends Record<string, string>>(en: E, fr: { [K in keyof E]: string }) {
  const dictionaries: Record<Lang, Record<string, string>> = { en, fr };
  return (key: keyof E & string, params: Params = {}): string => fill(dictionaries[current][key] ?? en[key] ?? key, params);
}

/** Picks the current language from `{ en, fr }`. */
export const pick = (value: Localized): string => value[current];

/**
 * A bilingual API field: the plain name the API adds for the chosen language, else the `_en`/`_fr`
 * pair, falling back to the other language where a French value is missing in older sources.
 */
export function field(row: object, name: string): string | null {
  const values = row as Record<string, unknown>;
  const candidates = [values[name], values[`${name}_${current}`], values[`${name}_${otherLang()}`]];
  for (const value of candidates) if (typeof value === "string" && value !== "") return value;
  return null;
}

/**
 * Which language the text of a bilingual field is actually in, so it can be marked with `lang`
 * when it had to fall back (a screen reader then pronounces it right).
 */
export function fieldLang(row: object, name: string): Lang {
  const values = row as Record<string, unknown>;
  const own = values[`${name}_${current}`];
  const other = values[`${name}_${otherLang()}`];
  return (typeof own !== "string" || own === "") && typeof other === "string" && other !== "" ? otherLang() : current;
}

export const locale = (): string => locales[current];

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locales[current]).format(n);
}

/** `2023-05-18` as a calendar day; parsed as UTC so no time zone can shift it by a day. */
export function formatDate(iso: string | null | undefined, style: "long" | "medium" = "long"): string {
  if (!iso) return "—";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[current], {
    dateStyle: style,
    ...(iso.length === 10 ? { timeZone: "UTC" } : {}),
  }).format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[current], { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatMs(ms: number): string {
  return `${new Intl.NumberFormat(locales[current], { maximumFractionDigits: 0 }).format(ms)}\u00a0ms`;
}

/** "Label: " with French spacing ("Label\u00a0: "). */
export function colon(label: string): string {
  return current === "fr" ? `${label}\u00a0: ` : `${label}: `;
}

/** "{n} results" with the singular and zero cases. */
export function resultsText(n: number): string {
  return n === 0 ? t("results.none") : n === 1 ? t("results.one") : t("results", { n: formatNumber(n) });
}
