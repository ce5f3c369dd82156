/** A committee meeting: its topics and the evidence heard, statement by statement. */
import { get } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { breadcrumbs, committeePath, externalLink, facts, link, section } from "../ui/page";
import { emptyState } from "../ui/states";
import { topicList, watchStatementAnchors } from "../ui/topics";
import { transcript } from "../ui/transcript";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    committees: "Committees",
    crumb: "Meeting No. {number}",
    title: "{committee}: meeting No. {number}",
    date: "Date",
    session: "Session",
    statements: "Statements",
    source: "Official record",
    "source.en": "Evidence (English)",
    "source.fr": "Evidence (French)",
    topics: "Topics",
    evidence: "Evidence",
    noEvidence: "The evidence of this meeting has not been published.",
  },
  {
    crumbs: "Fil d’Ariane",
    committees: "Comités",
    crumb: "Réunion nº\u00a0{number}",
    title: "{committee}\u00a0: réunion nº\u00a0{number}",
    date: "Date",
    session: "Session",
    statements: "Interventions",
    source: "Compte rendu officiel",
    "source.en": "Témoignages (anglais)",
    "source.fr": "Témoignages (français)",
    topics: "Sujets",
    evidence: "Témoignages",
    noEvidence: "Les témoignages de cette réunion n’ont pas été publiés.",
  },
);

export default async function meeting(ctx: PageContext): Promise<PageView> {
  const { slug, session, number } = ctx.params as { slug: string; session: string; number: string };
  const path = { slug, session, number };
  const meeting = await get("/api/v1/committees/{slug}/meetings/{session}/{number}", { path, query: { lang: getLang() }, signal: ctx.signal });
  const committeeName = field(meeting.committee, "name") ?? meeting.committee.slug;
  const short = meeting.committee.acronym ?? committeeName;
  const title = m("title", { committee: short, number: meeting.number });

  const text =
    meeting.evidence &&
    transcript((cursor, limit) =>
      get("/api/v1/committees/{slug}/meetings/{session}/{number}/statements", { path, query: { cursor, limit, lang: getLang() }, signal: ctx.signal }),
    );
  if (text) void text.start().then(() => watchStatementAnchors(text, ctx.signal));

  const sources = [
    meeting.source_url_en && externalLink(meeting.source_url_en, m("source.en")),
    meeting.source_url_fr && externalLink(meeting.source_url_fr, m("source.fr")),
  ].filter((x): x is HTMLAnchorElement => Boolean(x));

  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("committees"), "/committees"],
      [short, committeePath(meeting.committee.slug)],
      [m("crumb", { number: meeting.number }), null],
    ]),
    h("h1", {}, title),
    h(
      "p",
      { class: "lead", lang: fieldLang(meeting.committee, "name") === getLang() ? undefined : fieldLang(meeting.committee, "name") },
      link(committeePath(meeting.committee.slug), committeeName),
    ),
    facts([
      [m("date"), formatDate(meeting.date)],
      [m("session"), meeting.session],
      [m("statements"), formatNumber(meeting.statements)],
      [m("source"), sources.length ? sources.flatMap((a, i) => (i ? [" · ", a] : [a])) : null],
    ]),
    text && meeting.topics.length > 0 && section(m("topics"), topicList(meeting.topics, text)),
    section(m("evidence"), text ? text.element : emptyState(m("noEvidence"))),
  );
  return { title: `${title} (${formatDate(meeting.date)})`, node };
}
