/** Bills, filterable by stage, session and words of the title, with the session's bills by stage. */
import { get, type Schema } from "../api/client";
import { BILL_STAGES } from "../../../shared/civic/vocabulary";
import { h } from "../dom";
import { defineMessages, formatDate, getLang, t } from "../i18n";
import type { PageContext, PageView } from "../router";
import { chartPanel } from "../ui/chart";
import { sessionChoices, sessions } from "../ui/data";
import { selectField, textField } from "../ui/forms";
import { billTitle, stageLabel, stageTag } from "../ui/labels";
import { filtersOf, listPage } from "../ui/listpage";
import { billPath, link, memberPath } from "../ui/page";
import { row, type Column } from "../ui/table";

const m = defineMessages(
  {
    title: "Bills",
    intro: "Government and private members’ bills before Parliament, newest session first, with the latest stage each has reached.",
    filters: "Filter bills",
    q: "Number or words of the title",
    session: "Session",
    status: "Stage reached",
    sponsor: "Sponsor (member id)",
    caption: "Bills",
    "col.number": "Bill",
    "col.title": "Title",
    "col.stage": "Stage",
    "col.date": "Latest activity",
    "col.sponsor": "Sponsor",
    "col.session": "Session",
    empty: "No bill matches these filters.",
    chart: "Bills by stage in session {session}",
    "chart.text": "How many bills of the session have reached each stage.",
  },
  {
    title: "Projets de loi",
    intro: "Projets de loi du gouvernement et des députés, de la session la plus récente à la plus ancienne, avec la dernière étape franchie.",
    filters: "Filtrer les projets de loi",
    q: "Numéro ou mots du titre",
    session: "Session",
    status: "Étape franchie",
    sponsor: "Parrain (identifiant du député)",
    caption: "Projets de loi",
    "col.number": "Projet de loi",
    "col.title": "Titre",
    "col.stage": "Étape",
    "col.date": "Dernière activité",
    "col.sponsor": "Parrain",
    "col.session": "Session",
    empty: "Aucun projet de loi ne correspond à ces filtres.",
    chart: "Projets de loi par étape, session {session}",
    "chart.text": "Nombre de projets de loi de la session ayant atteint chaque étape.",
  },
);

export default async function bills(ctx: PageContext): Promise<PageView> {
  const sessionList = await sessions();
  const latest = sessionList[0]?.code;
  const columns: Column[] = [
    { label: m("col.number") },
    { label: m("col.title") },
    { label: m("col.stage") },
    { label: m("col.date"), secondary: true },
    { label: m("col.sponsor"), secondary: true },
    { label: m("col.session"), secondary: true },
  ];
  return listPage<Schema<"Bill">>({
    ctx,
    title: m("title"),
    intro: m("intro"),
    filterLabel: m("filters"),
    fields: (q) => [
      textField({ label: m("q"), name: "q", type: "search", value: q.get("q") }),
      selectField({ label: m("session"), name: "session", value: q.get("session"), choices: [["", t("any")], ...sessionChoices(sessionList)] }),
      selectField({
        label: m("status"),
        name: "status",
        value: q.get("status"),
        choices: [["", t("any")], ...BILL_STAGES.map((s): [string, string] => [s, stageLabel(s)])],
      }),
      ...(q.get("sponsor") ? [textField({ label: m("sponsor"), name: "sponsor", value: q.get("sponsor") })] : []),
    ],
    load: (q, cursor, signal) =>
      get("/api/v1/bills", {
        query: { q: q.get("q"), session: q.get("session"), ...filtersOf(q, "status"), sponsor: q.get("sponsor"), limit: 50, cursor, lang: getLang() },
        signal,
      }),
    asideKey: (q) => q.get("session") || latest || "",
    aside: (q, signal) => {
      const session = q.get("session") || latest;
      if (!session) return null;
      return chartPanel({ kind: "bills-by-stage", params: { session }, heading: m("chart", { session }), description: m("chart.text"), signal });
    },
    caption: m("caption"),
    columns,
    row: (bill) => {
      const title = billTitle(bill);
      return row(
        [
          link(billPath(bill), bill.number, {}, { class: "nowrap" }),
          h("span", { lang: title.lang }, title.text),
          stageTag(bill.status),
          formatDate(bill.status_date, "medium"),
          bill.sponsor.member ? link(memberPath(bill.sponsor.member), bill.sponsor.member.name) : (bill.sponsor.name ?? "—"),
          bill.session,
        ],
        columns,
      );
    },
    emptyText: m("empty"),
  });
}
