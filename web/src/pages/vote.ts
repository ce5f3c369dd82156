/** One division: the question, the result, the by-party chart and breakdown, and every ballot. */
import { get, type Schema } from "../api/client";
import { BALLOTS } from "../../../shared/civic/vocabulary";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang, resultsText, t } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { chartPanel } from "../ui/chart";
import { formValues, selectField } from "../ui/forms";
import { announce } from "../ui/live";
import { ballotLabel, ballotTag, billTitle, partyName, partyTag, resultTag } from "../ui/labels";
import { filtersOf } from "../ui/listpage";
import { pager } from "../ui/pager";
import { billPath, breadcrumbs, facts, link, memberPath, section, sittingPath } from "../ui/page";
import { dataTable, row, type Column } from "../ui/table";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    votes: "Votes",
    title: "Division No. {number}",
    crumb: "No. {number} ({session})",
    date: "Date",
    session: "Session",
    result: "Result",
    totals: "Votes cast",
    "totals.text": "{yea} yea, {nay} nay, {paired} paired",
    sitting: "Recorded at",
    "sitting.link": "House sitting No. {number} of {date}",
    bill: "Bill",
    chart: "How each party voted",
    parties: "Breakdown by party",
    "parties.caption": "Ballots by party",
    "col.party": "Party",
    "col.yea": "Yea",
    "col.nay": "Nay",
    "col.paired": "Paired",
    "col.total": "Total",
    ballots: "Every ballot",
    "ballots.filters": "Filter the ballots",
    "ballots.party": "Party",
    "ballots.ballot": "Ballot",
    "ballots.apply": "Show ballots",
    "ballots.caption": "Ballots in division {number}",
    "ballots.empty": "No ballot matches these filters.",
    "col.member": "Member",
    "col.ballot": "Ballot",
  },
  {
    crumbs: "Fil d’Ariane",
    votes: "Votes",
    title: "Vote nº\u00a0{number}",
    crumb: "Nº\u00a0{number} ({session})",
    date: "Date",
    session: "Session",
    result: "Résultat",
    totals: "Voix exprimées",
    "totals.text": "{yea} pour, {nay} contre, {paired} pairés",
    sitting: "Consigné à",
    "sitting.link": "Séance de la Chambre nº\u00a0{number} du {date}",
    bill: "Projet de loi",
    chart: "Le vote de chaque parti",
    parties: "Répartition par parti",
    "parties.caption": "Votes par parti",
    "col.party": "Parti",
    "col.yea": "Pour",
    "col.nay": "Contre",
    "col.paired": "Pairés",
    "col.total": "Total",
    ballots: "Tous les votes individuels",
    "ballots.filters": "Filtrer les votes individuels",
    "ballots.party": "Parti",
    "ballots.ballot": "Vote",
    "ballots.apply": "Afficher les votes",
    "ballots.caption": "Votes individuels, vote nº\u00a0{number}",
    "ballots.empty": "Aucun vote individuel ne correspond à ces filtres.",
    "col.member": "Député",
    "col.ballot": "Vote",
  },
);

export default async function vote(ctx: PageContext): Promise<PageView> {
  const { session, number } = ctx.params as { session: string; number: string };
  const path = { session, number };
  const v = await get("/api/v1/votes/{session}/{number}", { path, query: { lang: getLang() }, signal: ctx.signal });
  const title = m("title", { number: v.number });
  const description = field(v, "description");

  const partyColumns: Column[] = [
    { label: m("col.party") },
    { label: m("col.yea"), numeric: true },
    { label: m("col.nay"), numeric: true },
    { label: m("col.paired"), numeric: true },
    { label: m("col.total"), numeric: true },
  ];
  const byParty = dataTable({
    caption: m("parties.caption"),
    captionHidden: true,
    columns: partyColumns,
    rows: v.parties.map((p) =>
      row([partyTag(p.party, false), formatNumber(p.yea), formatNumber(p.nay), formatNumber(p.paired), formatNumber(p.yea + p.nay + p.paired)], partyColumns),
    ),
  });

  const ballotColumns: Column[] = [{ label: m("col.member") }, { label: m("col.party") }, { label: m("col.ballot") }];
  const ballotTable = dataTable({ caption: m("ballots.caption", { number: v.number }), columns: ballotColumns });
  let query = ctx.query;
  const ballots = pager<Schema<"Ballot">>({
    load: (cursor) =>
      get("/api/v1/votes/{session}/{number}/ballots", {
        path,
        query: { party: query.get("party"), ...filtersOf(query, "ballot"), limit: 200, cursor, lang: getLang() },
        signal: ctx.signal,
      }),
    render: (b) => row([link(memberPath({ id: b.member_id, slug: b.member_slug }), b.name), partyTag(b.party), ballotTag(b.ballot)], ballotColumns),
    list: ballotTable.body,
    container: ballotTable.frame,
    emptyText: m("ballots.empty"),
  });

  const partyChoices: [string, string][] = v.parties
    .filter((p) => p.party !== null)
    .map((p): [string, string] => [p.party!.slug, partyName(p.party)])
    .sort((a, b) => a[1].localeCompare(b[1]));
  const fields = h("div", { class: "filter-fields" });
  const fill = (q: URLSearchParams) =>
    fields.replaceChildren(
      selectField({ label: m("ballots.party"), name: "party", value: q.get("party"), choices: [["", t("any")], ...partyChoices] }),
      selectField({
        label: m("ballots.ballot"),
        name: "ballot",
        value: q.get("ballot"),
        choices: [["", t("any")], ...BALLOTS.map((b): [string, string] => [b, ballotLabel(b)])],
      }),
    );
  fill(ctx.query);
  const form = h(
    "form",
    { class: "filters filters-compact", "aria-label": m("ballots.filters") },
    fields,
    h("div", { class: "filter-actions" }, h("button", { type: "submit", class: "button" }, m("ballots.apply"))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(href(ctx.path, formValues(form)), { replace: true });
  });
  void ballots.start();

  const billInfo = v.bill && billTitle(v.bill);
  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("votes"), "/votes"],
      [m("crumb", { number: v.number, session: v.session }), null],
    ]),
    h("h1", {}, title),
    description && h("p", { class: "lead", lang: fieldLang(v, "description") }, description),
    facts([
      [m("result"), resultTag(v.result)],
      [m("totals"), m("totals.text", { yea: formatNumber(v.yea_total), nay: formatNumber(v.nay_total), paired: formatNumber(v.paired_total) })],
      [m("date"), formatDate(v.date)],
      [m("session"), link("/votes", v.session, { session: v.session })],
      [m("sitting"), v.sitting ? link(sittingPath(v.sitting.date), m("sitting.link", { number: v.sitting.number, date: formatDate(v.sitting.date) })) : null],
      [m("bill"), v.bill && billInfo ? [link(billPath(v.bill), v.bill.number), " — ", h("span", { lang: billInfo.lang }, billInfo.text)] : null],
    ]),
    chartPanel({ kind: "vote-by-party", params: { session: v.session, number: v.number }, heading: m("chart"), signal: ctx.signal }),
    section(m("parties"), byParty.frame),
    h(
      "section",
      { class: "section", id: "ballots", "aria-labelledby": "ballots-heading" },
      h("h2", { id: "ballots-heading" }, m("ballots")),
      form,
      ballots.element,
    ),
  );

  return {
    title: `${title} (${v.session})`,
    node,
    async update(next) {
      query = next.query;
      fill(next.query);
      const total = await ballots.start();
      if (total !== null) announce(resultsText(total));
    },
  };
}
