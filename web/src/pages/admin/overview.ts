/** The admin dashboard's front page: the platform's health now, and each section with a number worth a glance. */
import { get } from "../../api/client";
import { h, uid } from "../../dom";
import { defineMessages, formatNumber } from "../../i18n";
import { href, type PageContext, type PageView } from "../../router";
import { link, section } from "../../ui/page";
import { liveHealth } from "./health-now";
import { adminHeader } from "./layout";

const m = defineMessages(
  {
    title: "Administration",
    intro: "The state of the platform and the tools to run it: service health, data loads, search, accounts and API keys.",
    health: "Platform health now",
    "health.more": "Health history and latency charts",
    sections: "Sections",
    "section.health": "Platform health",
    "section.health.text": "Each service’s status and its history, with response times over time.",
    "section.etl": "ETL runs",
    "section.etl.text": "The public sources, how fresh their data is, and every load; start a run.",
    "section.search": "Search analytics",
    "section.search.text": "What people search for, what finds nothing, and how fast search answers.",
    "section.users": "Users and roles",
    "section.users.text": "Find accounts, grant or withdraw roles, disable and enable accounts.",
    "section.keys": "API keys",
    "section.keys.text": "Every account’s API keys: owner, tier, use and expiry; revoke a key.",
    "fact.etl": "{stale} of {total} sources stale",
    "fact.etl.none": "All {total} sources fresh",
    "fact.search": "{n} searches in the last 30 days, {zero} found nothing",
    "fact.users": "{n} accounts",
    "fact.keys": "{n} active keys",
    "fact.loading": "Counting…",
    "fact.failed": "Could not be counted",
  },
  {
    title: "Administration",
    intro: "L’état de la plateforme et les outils pour l’exploiter\u00a0: santé des services, chargements de données, recherche, comptes et clés d’API.",
    health: "Santé de la plateforme en ce moment",
    "health.more": "Historique de santé et graphiques de latence",
    sections: "Sections",
    "section.health": "Santé de la plateforme",
    "section.health.text": "L’état de chaque service et son historique, avec les temps de réponse dans le temps.",
    "section.etl": "Exécutions ETL",
    "section.etl.text": "Les sources publiques, la fraîcheur de leurs données et chaque chargement\u00a0; lancer une exécution.",
    "section.search": "Statistiques de recherche",
    "section.search.text": "Ce que les gens cherchent, ce qui ne trouve rien et la rapidité des réponses.",
    "section.users": "Utilisateurs et rôles",
    "section.users.text": "Trouver des comptes, accorder ou retirer des rôles, désactiver et réactiver des comptes.",
    "section.keys": "Clés d’API",
    "section.keys.text": "Les clés d’API de tous les comptes\u00a0: titulaire, palier, utilisation et expiration\u00a0; révoquer une clé.",
    "fact.etl": "{stale} sources périmées sur {total}",
    "fact.etl.none": "Les {total} sources sont à jour",
    "fact.search": "{n} recherches au cours des 30 derniers jours, {zero} sans résultat",
    "fact.users": "{n} comptes",
    "fact.keys": "{n} clés actives",
    "fact.loading": "Décompte…",
    "fact.failed": "Le décompte a échoué",
  },
);

export default function overview(ctx: PageContext): PageView {
  const now = liveHealth(ctx.signal);

  const cards: [title: string, text: string, path: string, fact: ((signal: AbortSignal) => Promise<string>) | null][] = [
    [m("section.health"), m("section.health.text"), "/admin/health", null],
    [
      m("section.etl"),
      m("section.etl.text"),
      "/admin/etl",
      async (signal) => {
        const { data } = await get("/api/v1/etl/sources", { signal, cache: false });
        const stale = data.filter((s) => s.stale).length;
        return stale === 0 ? m("fact.etl.none", { total: data.length }) : m("fact.etl", { stale, total: data.length });
      },
    ],
    [
      m("section.search"),
      m("section.search.text"),
      "/admin/search",
      async (signal) => {
        const report = await get("/api/v1/search/analytics", { query: { limit: 1 }, signal, cache: false });
        return m("fact.search", { n: formatNumber(report.searches), zero: formatNumber(report.zero_result_searches) });
      },
    ],
    [
      m("section.users"),
      m("section.users.text"),
      "/admin/users",
      async (signal) => {
        const page = await get("/api/v1/auth/users", { query: { limit: 1 }, signal });
        return m("fact.users", { n: formatNumber(page.pagination.total ?? 0) });
      },
    ],
    [
      m("section.keys"),
      m("section.keys.text"),
      "/admin/api-keys",
      async (signal) => {
        const page = await get("/api/v1/auth/admin/api-keys", { query: { limit: 1, status: "active" }, signal });
        return m("fact.keys", { n: formatNumber(page.pagination.total ?? 0) });
      },
    ],
  ];

  const title = m("title");
  const node = h(
    "div",
    { class: "page admin-page" },
    ...adminHeader(title, m("intro"), null),
    section(m("health"), h("div", { class: "actions admin-toolbar" }, now.refresh, link("/admin/health", m("health.more"))), now.slot),
    section(m("sections"), h("ul", { class: "card-grid admin-cards" }, ...cards.map(([t, text, path, fact]) => card(t, text, path, fact, ctx.signal)))),
  );
  return { title, node };
}

function card(title: string, text: string, path: string, fact: ((signal: AbortSignal) => Promise<string>) | null, signal: AbortSignal): HTMLLIElement {
  const id = uid("card");
  const factSlot = fact && h("p", { class: "card-fact" }, m("fact.loading"));
  if (fact && factSlot) {
    fact(signal).then(
      (value) => (factSlot.textContent = value),
      () => {
        if (!signal.aborted) factSlot.textContent = m("fact.failed");
      },
    );
  }
  return h(
    "li",
    { class: "card admin-card", "aria-labelledby": id },
    h("h3", { class: "card-title", id }, h("a", { href: href(path) }, title)),
    h("p", {}, text),
    factSlot,
  );
}
