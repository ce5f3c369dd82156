/** A member's profile: party, riding, terms, activity chart, recent statements and voting record. */
import { get, type Schema } from "../api/client";
import { BALLOTS } from "../../../shared/civic/vocabulary";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang, resultsText, t } from "../i18n";
import { href, navigate, type PageContext, type PageView } from "../router";
import { chartPanel } from "../ui/chart";
import { sessionChoices, sessions } from "../ui/data";
import { formValues, selectField } from "../ui/forms";
import { announce } from "../ui/live";
import { ballotLabel, ballotTag, partyTag, provinceLabel, resultTag } from "../ui/labels";
import { filtersOf } from "../ui/listpage";
import { pager } from "../ui/pager";
import { billPath, breadcrumbs, clip, externalLink, facts, link, meetingPath, paragraphs, section, sittingPath, votePath } from "../ui/page";
import { dataTable, row, type Column } from "../ui/table";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    members: "Members",
    party: "Party",
    riding: "Riding",
    status: "Status",
    inOffice: "In office",
    former: "Former member",
    statementsCount: "Statements on record",
    votesCount: "Votes on record",
    billsCount: "Bills sponsored",
    billsLink: "{n} (see the bills)",
    terms: "Terms",
    "terms.caption": "Terms in the House of Commons, latest first",
    "col.from": "From",
    "col.to": "To",
    "col.party": "Party",
    "col.riding": "Riding",
    present: "Present",
    links: "Elsewhere",
    "link.ourcommons": "Profile on ourcommons.ca",
    "link.openparliament": "Profile on openparliament.ca",
    "link.web_site": "Personal website",
    "link.twitter": "Twitter / X",
    activity: "Activity over time",
    "activity.text": "Statements and votes by month.",
    statements: "Recent statements",
    "statements.empty": "No statements on record.",
    "said.sitting": "House sitting of {date}",
    "said.committee": "Committee meeting of {date}",
    votes: "Voting record",
    "votes.filters": "Filter the voting record",
    "votes.ballot": "Ballot",
    "votes.session": "Session",
    "votes.apply": "Show votes",
    "votes.caption": "How {name} voted, latest first",
    "votes.empty": "No votes match these filters.",
    "col.date": "Date",
    "col.division": "Division",
    "col.question": "Question",
    "col.bill": "Bill",
    "col.ballot": "Ballot",
    "col.result": "Result",
    division: "No. {number} ({session})",
  },
  {
    crumbs: "Fil d’Ariane",
    members: "Députés",
    party: "Parti",
    riding: "Circonscription",
    status: "Statut",
    inOffice: "En fonction",
    former: "Ancien député",
    statementsCount: "Interventions répertoriées",
    votesCount: "Votes répertoriés",
    billsCount: "Projets de loi parrainés",
    billsLink: "{n} (voir les projets de loi)",
    terms: "Mandats",
    "terms.caption": "Mandats à la Chambre des communes, du plus récent au plus ancien",
    "col.from": "Début",
    "col.to": "Fin",
    "col.party": "Parti",
    "col.riding": "Circonscription",
    present: "Aujourd’hui",
    links: "Ailleurs",
    "link.ourcommons": "Profil sur noscommunes.ca",
    "link.openparliament": "Profil sur openparliament.ca",
    "link.web_site": "Site Web personnel",
    "link.twitter": "Twitter / X",
    activity: "Activité au fil du temps",
    "activity.text": "Interventions et votes par mois.",
    statements: "Interventions récentes",
    "statements.empty": "Aucune intervention répertoriée.",
    "said.sitting": "Séance de la Chambre du {date}",
    "said.committee": "Réunion de comité du {date}",
    votes: "Votes",
    "votes.filters": "Filtrer les votes",
    "votes.ballot": "Vote",
    "votes.session": "Session",
    "votes.apply": "Afficher les votes",
    "votes.caption": "Votes de {name}, du plus récent au plus ancien",
    "votes.empty": "Aucun vote ne correspond à ces filtres.",
    "col.date": "Date",
    "col.division": "Vote",
    "col.question": "Question",
    "col.bill": "Projet de loi",
    "col.ballot": "Vote",
    "col.result": "Résultat",
    division: "No\u00a0{number} ({session})",
  },
);

export default async function member(ctx: PageContext): Promise<PageView> {
  const id = ctx.params.id!;
  const [profile, sessionList] = await Promise.all([get("/api/v1/members/{id}", { path: { id }, query: { lang: getLang() }, signal: ctx.signal }), sessions()]);
  const memberParams = { id: String(profile.id ?? profile.slug) };
  const riding = profile.riding;

  const summary = facts([
    [m("party"), profile.party ? partyTag(profile.party, false) : "—"],
    [m("riding"), riding ? `${field(riding, "name")} (${provinceLabel(riding.province)})` : "—"],
    [m("status"), profile.in_office ? m("inOffice") : m("former")],
    [m("statementsCount"), formatNumber(profile.counts.statements)],
    [m("votesCount"), formatNumber(profile.counts.votes)],
    [
      m("billsCount"),
      profile.counts.sponsored_bills > 0
        ? link("/bills", m("billsLink", { n: formatNumber(profile.counts.sponsored_bills) }), { sponsor: profile.id ?? profile.slug })
        : "0",
    ],
  ]);

  const termColumns: Column[] = [{ label: m("col.from") }, { label: m("col.to") }, { label: m("col.party") }, { label: m("col.riding") }];
  const terms =
    profile.terms.length > 0 &&
    section(
      m("terms"),
      dataTable({
        caption: m("terms.caption"),
        captionHidden: true,
        columns: termColumns,
        rows: profile.terms.map((term) =>
          row(
            [
              formatDate(term.start_date),
              term.end_date ? formatDate(term.end_date) : m("present"),
              term.party ? partyTag(term.party) : "—",
              term.riding ? `${field(term.riding, "name")} (${term.riding.province})` : "—",
            ],
            termColumns,
          ),
        ),
      }).frame,
    );

  const links =
    profile.links.length > 0 &&
    section(
      m("links"),
      h(
        "ul",
        { class: "plain-list" },
        ...profile.links.map((l) => {
          const key = `link.${l.rel}` as Parameters<typeof m>[0];
          const known = ["ourcommons", "openparliament", "web_site", "twitter"].includes(l.rel);
          return h("li", {}, externalLink(l.url, known ? m(key) : l.url));
        }),
      ),
    );

  const chart = chartPanel({
    kind: "member-activity",
    params: { member: String(profile.id ?? profile.slug) },
    heading: m("activity"),
    description: m("activity.text"),
    signal: ctx.signal,
  });

  // Recent statements.
  const statementList = h("ol", { class: "statement-cards" });
  const statements = pager<Schema<"MemberStatement">>({
    load: (cursor) => get("/api/v1/members/{id}/statements", { path: memberParams, query: { limit: 5, cursor, lang: getLang() }, signal: ctx.signal }),
    render: statementCard,
    list: statementList,
    container: statementList,
    emptyText: m("statements.empty"),
  });
  void statements.start();

  // Voting record, filterable through the URL so a filtered record is a shareable link.
  const voteColumns: Column[] = [
    { label: m("col.division") },
    { label: m("col.date") },
    { label: m("col.question"), secondary: true },
    { label: m("col.bill") },
    { label: m("col.ballot") },
    { label: m("col.result") },
  ];
  const voteTable = dataTable({ caption: m("votes.caption", { name: profile.name }), columns: voteColumns });
  let voteQuery = ctx.query;
  const votes = pager<Schema<"MemberBallot">>({
    load: (cursor) =>
      get("/api/v1/members/{id}/votes", {
        path: memberParams,
        query: { limit: 100, cursor, lang: getLang(), ...filtersOf(voteQuery, "ballot", "session") },
        signal: ctx.signal,
      }),
    render: (b) =>
      row(
        [
          link(votePath(b.session, b.number), m("division", { number: b.number, session: b.session }), {}, { class: "nowrap" }),
          formatDate(b.date, "medium"),
          h("span", { lang: fieldLang(b, "description") }, clip(field(b, "description"), 140)),
          b.bill ? link(billPath(b.bill), b.bill.number, {}, { class: "nowrap" }) : "—",
          ballotTag(b.ballot),
          resultTag(b.result),
        ],
        voteColumns,
      ),
    list: voteTable.body,
    container: voteTable.frame,
    emptyText: m("votes.empty"),
  });
  const voteFields = h("div", { class: "filter-fields" });
  const fillVoteFields = (q: URLSearchParams) =>
    voteFields.replaceChildren(
      selectField({
        label: m("votes.ballot"),
        name: "ballot",
        value: q.get("ballot"),
        choices: [["", t("any")], ...BALLOTS.map((b): [string, string] => [b, ballotLabel(b)])],
      }),
      selectField({ label: m("votes.session"), name: "session", value: q.get("session"), choices: [["", t("any")], ...sessionChoices(sessionList)] }),
    );
  fillVoteFields(ctx.query);
  const voteForm = h(
    "form",
    { class: "filters filters-compact", "aria-label": m("votes.filters") },
    voteFields,
    h("div", { class: "filter-actions" }, h("button", { type: "submit", class: "button" }, m("votes.apply"))),
  );
  voteForm.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(href(ctx.path, formValues(voteForm)), { replace: true });
  });
  void votes.start();

  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("members"), "/members"],
      [profile.name, null],
    ]),
    h("h1", {}, profile.name),
    summary,
    h("div", { class: "two-col" }, terms, links),
    chart,
    section(m("statements"), statements.element),
    h("section", { class: "section", id: "votes", "aria-labelledby": "votes-heading" }, h("h2", { id: "votes-heading" }, m("votes")), voteForm, votes.element),
  );

  return {
    title: profile.name,
    node,
    async update(next) {
      voteQuery = next.query;
      fillVoteFields(next.query);
      const total = await votes.start();
      if (total !== null) announce(resultsText(total));
    },
  };
}

function statementCard(s: Schema<"MemberStatement">): HTMLElement {
  const where =
    s.document.kind === "evidence" && s.document.committee
      ? { text: m("said.committee", { date: formatDate(s.date) }), path: meetingPath(s.document.committee, s.document.session, s.document.number) }
      : { text: m("said.sitting", { date: formatDate(s.date) }), path: sittingPath(s.date) };
  const topic = [field(s, "heading"), field(s, "subheading")].filter(Boolean).join(" — ");
  const text = field(s, "text");
  return h(
    "li",
    { class: "statement-card" },
    h("p", { class: "card-title" }, link(`${where.path}#s${s.sequence}`, where.text)),
    topic && h("p", { class: "muted", lang: fieldLang(s, "heading") }, topic),
    ...paragraphs(clip(text, 420), { lang: fieldLang(s, "text") === getLang() ? undefined : fieldLang(s, "text") }).slice(0, 2),
  );
}
