/** One bill: titles, sponsor, stage timeline, the divisions held on it and where it was debated. */
import { get, type Schema } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { billTitle, chamberLabel, partyTag, resultTag, stageLabel, stageTag } from "../ui/labels";
import { breadcrumbs, clip, externalLink, facts, link, meetingPath, memberPath, section, sittingPath, votePath } from "../ui/page";
import { emptyState } from "../ui/states";
import { dataTable, row, type Column } from "../ui/table";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    bills: "Bills",
    session: "Session",
    type: "Type",
    sponsor: "Sponsor",
    status: "Status",
    statusDate: "Latest activity",
    chamber: "Introduced in",
    introduced: "Introduced on",
    timeline: "Stage timeline",
    "timeline.empty": "No stages are recorded for this bill yet.",
    atSitting: "House sitting No. {number}",
    votes: "Votes on this bill",
    "votes.caption": "Recorded divisions on bill {number}",
    "votes.empty": "No recorded division has been held on this bill.",
    "col.date": "Date",
    "col.division": "Division",
    "col.question": "Question",
    "col.result": "Result",
    "col.yea": "Yea",
    "col.nay": "Nay",
    "col.paired": "Paired",
    division: "No. {number}",
    debates: "Debates that mention it",
    "debates.empty": "No debate we hold mentions this bill.",
    "debate.house": "House sitting of {date}",
    "debate.committee": "Committee meeting of {date} ({committee})",
    "debate.count": "{n} statements mention it",
    links: "Elsewhere",
    "link.legisinfo": "This bill on LEGISinfo",
  },
  {
    crumbs: "Fil d’Ariane",
    bills: "Projets de loi",
    session: "Session",
    type: "Type",
    sponsor: "Parrain",
    status: "État",
    statusDate: "Dernière activité",
    chamber: "Déposé à",
    introduced: "Déposé le",
    timeline: "Étapes du projet de loi",
    "timeline.empty": "Aucune étape n’est encore enregistrée pour ce projet de loi.",
    atSitting: "Séance de la Chambre nº\u00a0{number}",
    votes: "Votes sur ce projet de loi",
    "votes.caption": "Votes par appel nominal sur le projet de loi {number}",
    "votes.empty": "Aucun vote par appel nominal n’a eu lieu sur ce projet de loi.",
    "col.date": "Date",
    "col.division": "Vote",
    "col.question": "Question",
    "col.result": "Résultat",
    "col.yea": "Pour",
    "col.nay": "Contre",
    "col.paired": "Pairés",
    division: "Nº\u00a0{number}",
    debates: "Débats qui le mentionnent",
    "debates.empty": "Aucun débat dont nous disposons ne mentionne ce projet de loi.",
    "debate.house": "Séance de la Chambre du {date}",
    "debate.committee": "Réunion de comité du {date} ({committee})",
    "debate.count": "{n} interventions le mentionnent",
    links: "Ailleurs",
    "link.legisinfo": "Ce projet de loi sur LEGISinfo",
  },
);

/** Sources often describe a stage by its bare name ("Third reading"), which the timeline already says. */
function repeatsStage(description: string | null, stage: string): boolean {
  if (!description) return true;
  const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");
  return letters(description) === letters(stage) || letters(description) === letters(stageLabel(stage as Schema<"BillStage">["stage"]));
}

export default async function bill(ctx: PageContext): Promise<PageView> {
  const { session, number } = ctx.params as { session: string; number: string };
  const b = await get("/api/v1/bills/{session}/{number}", {
    path: { session, number },
    query: { lang: getLang() },
    signal: ctx.signal,
  });
  const title = billTitle(b);
  const longTitle = field(b, "long_title");
  const sponsor = b.sponsor.member
    ? [link(memberPath(b.sponsor.member), b.sponsor.member.name), b.sponsor.party ? [" · ", partyTag(b.sponsor.party)] : []].flat()
    : (b.sponsor.name ?? "—");
  const statusText = field(b, "status_text");

  const timeline =
    b.stages.length === 0
      ? emptyState(m("timeline.empty"))
      : h(
          "ol",
          { class: "timeline" },
          ...b.stages.map((s) =>
            h(
              "li",
              {},
              h("p", { class: "timeline-date" }, h("time", { datetime: s.date }, formatDate(s.date))),
              h("p", { class: "timeline-stage" }, stageLabel(s.stage), h("span", { class: "muted" }, ` · ${chamberLabel(s.chamber)}`)),
              !repeatsStage(field(s, "description"), s.stage) && h("p", { lang: fieldLang(s, "description") }, field(s, "description")),
              s.sitting && h("p", {}, link(sittingPath(s.sitting.date), m("atSitting", { number: s.sitting.number }))),
            ),
          ),
        );

  const voteColumns: Column[] = [
    { label: m("col.division") },
    { label: m("col.date") },
    { label: m("col.question"), secondary: true },
    { label: m("col.result") },
    { label: m("col.yea"), numeric: true },
    { label: m("col.nay"), numeric: true },
    { label: m("col.paired"), numeric: true, secondary: true },
  ];
  const votes =
    b.votes.length === 0
      ? emptyState(m("votes.empty"))
      : dataTable({
          caption: m("votes.caption", { number: b.number }),
          captionHidden: true,
          columns: voteColumns,
          rows: b.votes.map((v) =>
            row(
              [
                link(votePath(b.session, v.number), m("division", { number: v.number })),
                formatDate(v.date, "medium"),
                h("span", { lang: fieldLang(v, "description") }, clip(field(v, "description"), 160)),
                resultTag(v.result),
                formatNumber(v.yea_total),
                formatNumber(v.nay_total),
                formatNumber(v.paired_total),
              ],
              voteColumns,
            ),
          ),
        }).frame;

  const debates =
    b.debates.length === 0
      ? emptyState(m("debates.empty"))
      : h(
          "ul",
          { class: "plain-list" },
          ...b.debates.map((d) =>
            h(
              "li",
              {},
              d.kind === "evidence" && d.committee
                ? link(meetingPath(d.committee, d.session, d.number), m("debate.committee", { date: formatDate(d.date), committee: d.committee.toUpperCase() }))
                : link(sittingPath(d.date), m("debate.house", { date: formatDate(d.date) })),
              h("span", { class: "muted" }, ` — ${m("debate.count", { n: formatNumber(d.statements) })}`),
            ),
          ),
        );

  const heading = `${b.number} — ${title.text}`;
  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("bills"), "/bills"],
      [b.number, null],
    ]),
    h("h1", {}, h("span", { class: "bill-number" }, b.number), " — ", h("span", { lang: title.lang === getLang() ? undefined : title.lang }, title.text)),
    longTitle && longTitle !== title.text && h("p", { class: "lead", lang: fieldLang(b, "long_title") }, longTitle),
    facts([
      [m("status"), [stageTag(b.status), statusText ? h("span", { lang: fieldLang(b, "status_text") }, ` ${statusText}`) : ""]],
      [m("statusDate"), formatDate(b.status_date)],
      [m("sponsor"), sponsor],
      [m("session"), link("/bills", b.session, { session: b.session })],
      [m("type"), b.bill_type],
      [m("chamber"), chamberLabel(b.originating_chamber)],
      [m("introduced"), b.introduced_date ? formatDate(b.introduced_date) : null],
    ]),
    section(m("timeline"), timeline),
    section(m("votes"), votes),
    section(m("debates"), debates),
    b.links.length > 0 &&
      section(
        m("links"),
        h("ul", { class: "plain-list" }, ...b.links.map((l) => h("li", {}, externalLink(l.url, l.rel === "legisinfo" ? m("link.legisinfo") : l.url)))),
      ),
  );
  return { title: heading, node };
}
