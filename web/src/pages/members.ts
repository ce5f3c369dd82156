/** Members of Parliament, filterable by name, party, province and session. */
import { get, type Schema } from "../api/client";
import { PROVINCES } from "../../../shared/civic/vocabulary";
import { h } from "../dom";
import { defineMessages, field, getLang, t } from "../i18n";
import type { PageContext, PageView } from "../router";
import { partyChoices, parties, sessionChoices, sessions } from "../ui/data";
import { selectField, textField } from "../ui/forms";
import { partyTag, provinceLabel } from "../ui/labels";
import { filtersOf, listPage } from "../ui/listpage";
import { link, memberPath } from "../ui/page";
import { row, type Column } from "../ui/table";

const m = defineMessages(
  {
    title: "Members of Parliament",
    intro: "Every member of the House of Commons we hold records for, with their current or latest party and riding.",
    filters: "Filter members",
    name: "Name",
    party: "Party",
    province: "Province or territory",
    session: "Sat in session",
    caption: "Members",
    "col.name": "Name",
    "col.party": "Party",
    "col.riding": "Riding",
    "col.province": "Province or territory",
    "col.status": "Status",
    inOffice: "In office",
    former: "Former member",
    empty: "No member matches these filters.",
  },
  {
    title: "Députés",
    intro: "Tous les députés de la Chambre des communes dont nous avons les données, avec leur parti et leur circonscription actuels ou les derniers connus.",
    filters: "Filtrer les députés",
    name: "Nom",
    party: "Parti",
    province: "Province ou territoire",
    session: "A siégé pendant la session",
    caption: "Députés",
    "col.name": "Nom",
    "col.party": "Parti",
    "col.riding": "Circonscription",
    "col.province": "Province ou territoire",
    "col.status": "Statut",
    inOffice: "En fonction",
    former: "Ancien député",
    empty: "Aucun député ne correspond à ces filtres.",
  },
);

export default async function members(ctx: PageContext): Promise<PageView> {
  const [sessionList, partyList] = await Promise.all([sessions(), parties()]);
  const columns: Column[] = [
    { label: m("col.name") },
    { label: m("col.party") },
    { label: m("col.riding") },
    { label: m("col.province"), secondary: true },
    { label: m("col.status"), secondary: true },
  ];
  return listPage<Schema<"Member">>({
    ctx,
    title: m("title"),
    intro: m("intro"),
    filterLabel: m("filters"),
    fields: (q) => [
      textField({ label: m("name"), name: "q", type: "search", value: q.get("q") }),
      selectField({ label: m("party"), name: "party", value: q.get("party"), choices: [["", t("any")], ...partyChoices(partyList)] }),
      selectField({
        label: m("province"),
        name: "province",
        value: q.get("province"),
        choices: [["", t("any")], ...PROVINCES.map((p): [string, string] => [p, provinceLabel(p)])],
      }),
      selectField({ label: m("session"), name: "session", value: q.get("session"), choices: [["", t("any")], ...sessionChoices(sessionList)] }),
    ],
    load: (q, cursor, signal) =>
      get("/api/v1/members", {
        query: {
          ...filtersOf(q, "q", "party", "province", "session"),
          limit: 50,
          cursor,
          lang: getLang(),
        },
        signal,
      }),
    caption: m("caption"),
    columns,
    row: (member) =>
      row(
        [
          link(memberPath(member), member.name),
          member.party ? partyTag(member.party) : "—",
          member.riding ? field(member.riding, "name") : "—",
          member.riding ? provinceLabel(member.riding.province) : "—",
          h("span", { class: member.in_office ? "status-current" : "muted" }, member.in_office ? m("inOffice") : m("former")),
        ],
        columns,
      ),
    emptyText: m("empty"),
  });
}
