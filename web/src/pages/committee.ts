/** One committee: what it is, the sessions it met in, and its meetings. */
import { get, type Schema } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { pager } from "../ui/pager";
import { breadcrumbs, committeePath, facts, link, meetingPath, section } from "../ui/page";
import { dataTable, row, type Column } from "../ui/table";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    committees: "Committees",
    acronym: "Acronym",
    kind: "Kind",
    joint: "Joint committee of the House and the Senate",
    house: "House of Commons committee",
    parent: "Subcommittee of",
    subcommittees: "Subcommittees",
    meetingsCount: "Meetings on record",
    sessions: "Sessions",
    "sessions.caption": "Sessions in which the committee met",
    "col.session": "Session",
    "col.meetings": "Meetings",
    "col.last": "Last meeting",
    meetings: "Meetings",
    "meetings.caption": "Meetings, latest first",
    "meetings.empty": "No meetings on record.",
    "col.meeting": "Meeting",
    "col.date": "Date",
    "col.statements": "Statements",
    "col.evidence": "Evidence",
    meeting: "No. {number} ({session})",
    published: "Published",
    unpublished: "Not published",
  },
  {
    crumbs: "Fil d’Ariane",
    committees: "Comités",
    acronym: "Sigle",
    kind: "Type",
    joint: "Comité mixte de la Chambre et du Sénat",
    house: "Comité de la Chambre des communes",
    parent: "Sous-comité de",
    subcommittees: "Sous-comités",
    meetingsCount: "Réunions répertoriées",
    sessions: "Sessions",
    "sessions.caption": "Sessions pendant lesquelles le comité s’est réuni",
    "col.session": "Session",
    "col.meetings": "Réunions",
    "col.last": "Dernière réunion",
    meetings: "Réunions",
    "meetings.caption": "Réunions, de la plus récente à la plus ancienne",
    "meetings.empty": "Aucune réunion répertoriée.",
    "col.meeting": "Réunion",
    "col.date": "Date",
    "col.statements": "Interventions",
    "col.evidence": "Témoignages",
    meeting: "No\u00a0{number} ({session})",
    published: "Publiés",
    unpublished: "Non publiés",
  },
);

export default async function committee(ctx: PageContext): Promise<PageView> {
  const slug = ctx.params.slug!;
  const c = await get("/api/v1/committees/{slug}", { path: { slug }, query: { lang: getLang() }, signal: ctx.signal });
  const name = field(c, "name") ?? c.slug;
  const nameLang = fieldLang(c, "name");

  const sessionColumns: Column[] = [{ label: m("col.session") }, { label: m("col.meetings"), numeric: true }, { label: m("col.last") }];
  const meetingColumns: Column[] = [
    { label: m("col.meeting") },
    { label: m("col.date") },
    { label: m("col.statements"), numeric: true },
    { label: m("col.evidence"), secondary: true },
  ];
  const meetingTable = dataTable({ caption: m("meetings.caption"), captionHidden: true, columns: meetingColumns });
  const meetings = pager<Schema<"CommitteeMeeting">>({
    load: (cursor) => get("/api/v1/committees/{slug}/meetings", { path: { slug }, query: { limit: 50, cursor }, signal: ctx.signal }),
    render: (meeting) => {
      const label = m("meeting", { number: meeting.number, session: meeting.session });
      return row(
        [
          meeting.evidence ? link(meetingPath(c.slug, meeting.session, meeting.number), label) : label,
          formatDate(meeting.date, "medium"),
          formatNumber(meeting.statements),
          meeting.evidence ? m("published") : m("unpublished"),
        ],
        meetingColumns,
      );
    },
    list: meetingTable.body,
    container: meetingTable.frame,
    emptyText: m("meetings.empty"),
  });
  void meetings.start();

  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("committees"), "/committees"],
      [c.acronym ?? name, null],
    ]),
    h("h1", { lang: nameLang === getLang() ? undefined : nameLang }, name),
    facts([
      [m("acronym"), c.acronym],
      [m("kind"), c.joint ? m("joint") : m("house")],
      [m("parent"), c.parent_committee ? link(committeePath(c.parent_committee.slug), field(c.parent_committee, "name") ?? c.parent_committee.slug) : null],
      [m("meetingsCount"), formatNumber(c.meetings)],
    ]),
    c.subcommittees.length > 0 &&
      section(
        m("subcommittees"),
        h("ul", { class: "plain-list" }, ...c.subcommittees.map((s) => h("li", {}, link(committeePath(s.slug), field(s, "name") ?? s.slug)))),
      ),
    c.sessions.length > 0 &&
      section(
        m("sessions"),
        dataTable({
          caption: m("sessions.caption"),
          captionHidden: true,
          columns: sessionColumns,
          rows: c.sessions.map((s) => row([s.session, formatNumber(s.meetings), formatDate(s.last_meeting)], sessionColumns)),
        }).frame,
      ),
    section(m("meetings"), meetings.element),
  );
  return { title: c.acronym ? `${name} (${c.acronym})` : name, node };
}
