/** House and joint committees, by name. */
import { get, type Schema } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatNumber, getLang, t } from "../i18n";
import type { PageContext, PageView } from "../router";
import { sessionChoices, sessions } from "../ui/data";
import { selectField, textField } from "../ui/forms";
import { listPage } from "../ui/listpage";
import { committeePath, link } from "../ui/page";
import { row, type Column } from "../ui/table";

const m = defineMessages(
  {
    title: "Committees",
    intro: "Committees of the House of Commons and joint committees with the Senate, and the evidence they heard.",
    filters: "Filter committees",
    q: "Name or acronym",
    session: "Met during session",
    caption: "Committees",
    "col.name": "Committee",
    "col.acronym": "Acronym",
    "col.kind": "Kind",
    "col.meetings": "Meetings",
    joint: "Joint committee",
    sub: "Subcommittee",
    standing: "House committee",
    empty: "No committee matches these filters.",
  },
  {
    title: "Comités",
    intro: "Les comités de la Chambre des communes et les comités mixtes avec le Sénat, et les témoignages qu’ils ont entendus.",
    filters: "Filtrer les comités",
    q: "Nom ou sigle",
    session: "S’est réuni pendant la session",
    caption: "Comités",
    "col.name": "Comité",
    "col.acronym": "Sigle",
    "col.kind": "Type",
    "col.meetings": "Réunions",
    joint: "Comité mixte",
    sub: "Sous-comité",
    standing: "Comité de la Chambre",
    empty: "Aucun comité ne correspond à ces filtres.",
  },
);

export default async function committees(ctx: PageContext): Promise<PageView> {
  const sessionList = await sessions();
  const columns: Column[] = [
    { label: m("col.name") },
    { label: m("col.acronym") },
    { label: m("col.kind"), secondary: true },
    { label: m("col.meetings"), numeric: true },
  ];
  return listPage<Schema<"Committee">>({
    ctx,
    title: m("title"),
    intro: m("intro"),
    filterLabel: m("filters"),
    fields: (q) => [
      textField({ label: m("q"), name: "q", type: "search", value: q.get("q") }),
      selectField({ label: m("session"), name: "session", value: q.get("session"), choices: [["", t("any")], ...sessionChoices(sessionList)] }),
    ],
    load: (q, cursor, signal) => get("/api/v1/committees", { query: { q: q.get("q"), session: q.get("session"), limit: 50, cursor, lang: getLang() }, signal }),
    caption: m("caption"),
    columns,
    row: (c) =>
      row(
        [
          link(committeePath(c.slug), h("span", { lang: fieldLang(c, "name") === getLang() ? undefined : fieldLang(c, "name") }, field(c, "name") ?? c.slug)),
          c.acronym ?? "—",
          c.joint ? m("joint") : c.parent ? m("sub") : m("standing"),
          formatNumber(c.meetings),
        ],
        columns,
      ),
    emptyText: m("empty"),
  });
}
