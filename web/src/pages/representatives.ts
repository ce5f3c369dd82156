/** Provincial and municipal representatives (Open North's Represent), with their offices. */
import { get, type Schema } from "../api/client";
import { PROVINCES } from "../../../shared/civic/vocabulary";
import { defineMessages, field, getLang, t } from "../i18n";
import type { PageContext, PageView } from "../router";
import { selectField, textField } from "../ui/forms";
import { levelLabel, provinceLabel } from "../ui/labels";
import { filtersOf, listPage } from "../ui/listpage";
import { link } from "../ui/page";
import { personCard } from "../ui/people";

const m = defineMessages(
  {
    title: "Provincial and municipal representatives",
    intro:
      "Members of provincial legislatures and municipal councils, with how to reach their offices. For your member of Parliament, look up your postal code.",
    postcodes: "Find your representatives by postal code",
    filters: "Filter representatives",
    q: "Name",
    level: "Level of government",
    province: "Province or territory",
    office: "Office",
    "office.hint": "As published, e.g. Councillor, MPP, Mayor",
    jurisdiction: "Jurisdiction (code)",
    caption: "Representatives",
    seat: "{office}, {jurisdiction}",
    empty: "No representative matches these filters.",
  },
  {
    title: "Élus provinciaux et municipaux",
    intro:
      "Les députés des assemblées provinciales et les membres des conseils municipaux, avec les coordonnées de leurs bureaux. Pour votre député fédéral, cherchez par code postal.",
    postcodes: "Trouver vos élus par code postal",
    filters: "Filtrer les élus",
    q: "Nom",
    level: "Ordre de gouvernement",
    province: "Province ou territoire",
    office: "Fonction",
    "office.hint": "Telle que publiée, p. ex. Councillor, MPP, Mayor",
    jurisdiction: "Administration (code)",
    caption: "Élus",
    seat: "{office}, {jurisdiction}",
    empty: "Aucun élu ne correspond à ces filtres.",
  },
);

export default function representatives(ctx: PageContext): PageView {
  return listPage<Schema<"Representative">>({
    ctx,
    title: m("title"),
    intro: m("intro"),
    header: [link("/postcodes", m("postcodes"), {}, { class: "more-link" })],
    filterLabel: m("filters"),
    fields: (q) => [
      textField({ label: m("q"), name: "q", type: "search", value: q.get("q") }),
      selectField({
        label: m("level"),
        name: "level",
        value: q.get("level"),
        choices: [
          ["", t("any")],
          ["provincial", levelLabel("provincial")],
          ["municipal", levelLabel("municipal")],
        ],
      }),
      selectField({
        label: m("province"),
        name: "province",
        value: q.get("province"),
        choices: [["", t("any")], ...PROVINCES.map((p): [string, string] => [p, provinceLabel(p)])],
      }),
      textField({ label: m("office"), name: "office", hint: m("office.hint"), value: q.get("office") }),
      ...(q.get("jurisdiction") ? [textField({ label: m("jurisdiction"), name: "jurisdiction", value: q.get("jurisdiction"), spellcheck: false })] : []),
    ],
    load: (q, cursor, signal) =>
      get("/api/v1/representatives", {
        query: {
          ...filtersOf(q, "q", "level", "province", "office", "jurisdiction"),
          limit: 24,
          cursor,
          lang: getLang(),
        },
        signal,
      }),
    caption: m("caption"),
    card: (r) =>
      personCard({
        name: link(`/representatives/${encodeURIComponent(r.jurisdiction.slug)}/${encodeURIComponent(r.slug)}`, r.name),
        headingLevel: "h2",
        seat: m("seat", { office: r.elected_office, jurisdiction: field(r.jurisdiction, "name") ?? r.jurisdiction.slug }),
        district: r.district_name,
        party: r.party_name,
        email: r.email,
        url: r.url,
        photo: r.photo_url,
        offices: r.offices,
      }),
    emptyText: m("empty"),
  });
}
