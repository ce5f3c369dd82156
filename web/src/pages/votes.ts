/** Recorded divisions of the House, filterable by session, result, bill and dates. */
import { get, type Schema } from "../api/client";
import { DIVISION_RESULTS } from "../../../shared/civic/vocabulary";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang, t } from "../i18n";
import type { PageContext, PageView } from "../router";
import { chartPanel } from "../ui/chart";
import { sessionChoices, sessions } from "../ui/data";
import { selectField, textField } from "../ui/forms";
import { resultLabel, resultTag } from "../ui/labels";
import { filtersOf, listPage } from "../ui/listpage";
import { billPath, clip, link, votePath } from "../ui/page";
import { row, type Column } from "../ui/table";

const m = defineMessages(
  {
    title: "Votes",
    intro: "Every recorded division of the House of Commons, latest first: the question, the result and how many voted each way.",
    filters: "Filter votes",
    session: "Session",
    result: "Result",
    bill: "Bill number",
    "bill.hint": "For example C-21",
    from: "From (date)",
    to: "To (date)",
    caption: "Recorded divisions",
    "col.date": "Date",
    "col.division": "Division",
    "col.question": "Question",
    "col.bill": "Bill",
    "col.result": "Result",
    "col.yea": "Yea",
    "col.nay": "Nay",
    division: "No. {number} ({session})",
    empty: "No vote matches these filters.",
    chart: "Party cohesion in session {session}",
    "chart.text": "How often each party’s members voted with the majority of their party.",
  },
  {
    title: "Votes",
    intro:
      "Tous les votes par appel nominal de la Chambre des communes, du plus récent au plus ancien\u00a0: la question, le résultat et le nombre de voix de chaque côté.",
    filters: "Filtrer les votes",
    session: "Session",
    result: "Résultat",
    bill: "Numéro du projet de loi",
    "bill.hint": "Par exemple C-21",
    from: "Du (date)",
    to: "Au (date)",
    caption: "Votes par appel nominal",
    "col.date": "Date",
    "col.division": "Vote",
    "col.question": "Question",
    "col.bill": "Projet de loi",
    "col.result": "Résultat",
    "col.yea": "Pour",
    "col.nay": "Contre",
    division: "No\u00a0{number} ({session})",
    empty: "Aucun vote ne correspond à ces filtres.",
    chart: "Cohésion des partis, session {session}",
    "chart.text": "À quelle fréquence les députés de chaque parti ont voté avec la majorité de leur parti.",
  },
);

export default async function votes(ctx: PageContext): Promise<PageView> {
  const sessionList = await sessions();
  const latest = sessionList[0]?.code;
  const columns: Column[] = [
    { label: m("col.division") },
    { label: m("col.date") },
    { label: m("col.question"), secondary: true },
    { label: m("col.bill") },
    { label: m("col.result") },
    { label: m("col.yea"), numeric: true },
    { label: m("col.nay"), numeric: true },
  ];
  return listPage<Schema<"Vote">>({
    ctx,
    title: m("title"),
    intro: m("intro"),
    filterLabel: m("filters"),
    fields: (q) => [
      selectField({ label: m("session"), name: "session", value: q.get("session"), choices: [["", t("any")], ...sessionChoices(sessionList)] }),
      selectField({
        label: m("result"),
        name: "result",
        value: q.get("result"),
        choices: [["", t("any")], ...DIVISION_RESULTS.map((r): [string, string] => [r, resultLabel(r)])],
      }),
      textField({ label: m("bill"), name: "bill", hint: m("bill.hint"), value: q.get("bill"), spellcheck: false }),
      textField({ label: m("from"), name: "date_from", type: "date", value: q.get("date_from") }),
      textField({ label: m("to"), name: "date_to", type: "date", value: q.get("date_to") }),
    ],
    load: (q, cursor, signal) =>
      get("/api/v1/votes", {
        query: {
          ...filtersOf(q, "session", "result", "bill", "date_from", "date_to"),
          limit: 50,
          cursor,
          lang: getLang(),
        },
        signal,
      }),
    asideKey: (q) => q.get("session") || latest || "",
    aside: (q, signal) => {
      const session = q.get("session") || latest;
      if (!session) return null;
      return chartPanel({ kind: "party-cohesion", params: { session }, heading: m("chart", { session }), description: m("chart.text"), signal });
    },
    caption: m("caption"),
    columns,
    row: (v) =>
      row(
        [
          link(votePath(v.session, v.number), m("division", { number: v.number, session: v.session }), {}, { class: "nowrap" }),
          formatDate(v.date, "medium"),
          h("span", { lang: fieldLang(v, "description") }, clip(field(v, "description"), 160)),
          v.bill ? link(billPath(v.bill), v.bill.number, {}, { class: "nowrap" }) : "—",
          resultTag(v.result),
          formatNumber(v.yea_total),
          formatNumber(v.nay_total),
        ],
        columns,
      ),
    emptyText: m("empty"),
  });
}
