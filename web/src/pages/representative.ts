/** One provincial or municipal representative, with every office. */
import { get } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { levelLabel, provinceLabel } from "../ui/labels";
import { breadcrumbs, emailLink, externalLink, facts, link, section } from "../ui/page";
import { offices } from "../ui/people";
import { emptyState } from "../ui/states";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    representatives: "Representatives",
    office: "Office",
    jurisdiction: "Jurisdiction",
    level: "Level",
    district: "District",
    party: "Party",
    email: "Email",
    website: "Official page",
    personal: "Personal website",
    offices: "Offices",
    "offices.empty": "No office is listed.",
    source: "Source",
    "source.link": "Published by the jurisdiction",
    others: "Other representatives of {jurisdiction}",
  },
  {
    crumbs: "Fil d’Ariane",
    representatives: "Élus",
    office: "Fonction",
    jurisdiction: "Administration",
    level: "Ordre",
    district: "Circonscription",
    party: "Parti",
    email: "Courriel",
    website: "Page officielle",
    personal: "Site Web personnel",
    offices: "Bureaux",
    "offices.empty": "Aucun bureau n’est indiqué.",
    source: "Source",
    "source.link": "Publié par l’administration",
    others: "Autres élus de {jurisdiction}",
  },
);

export default async function representative(ctx: PageContext): Promise<PageView> {
  const { jurisdiction, slug } = ctx.params as { jurisdiction: string; slug: string };
  const r = await get("/api/v1/representatives/{jurisdiction}/{slug}", {
    path: { jurisdiction, slug },
    query: { lang: getLang() },
    signal: ctx.signal,
  });
  const place = field(r.jurisdiction, "name") ?? r.jurisdiction.slug;
  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("representatives"), "/representatives"],
      [r.name, null],
    ]),
    h("h1", {}, r.name),
    facts([
      [m("office"), r.elected_office],
      [m("jurisdiction"), `${place} (${provinceLabel(r.jurisdiction.province)})`],
      [m("level"), levelLabel(r.jurisdiction.level)],
      [m("district"), r.district_name],
      [m("party"), r.party_name],
      [m("email"), r.email ? emailLink(r.email) : null],
      [m("website"), r.url ? externalLink(r.url, r.url) : null],
      [m("personal"), r.personal_url ? externalLink(r.personal_url, r.personal_url) : null],
      [m("source"), r.source_url ? externalLink(r.source_url, m("source.link")) : null],
    ]),
    section(m("offices"), r.offices.length ? offices(r.offices) : emptyState(m("offices.empty"))),
    h("p", {}, link("/representatives", m("others", { jurisdiction: place }), { jurisdiction: r.jurisdiction.slug })),
  );
  return { title: r.name, node };
}
