/** A House sitting: its topics, the divisions held, and every statement in order. */
import { get } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, fieldLang, formatDate, formatNumber, getLang } from "../i18n";
import type { PageContext, PageView } from "../router";
import { resultTag } from "../ui/labels";
import { breadcrumbs, clip, externalLink, facts, link, section, votePath } from "../ui/page";
import { topicList, watchStatementAnchors } from "../ui/topics";
import { transcript } from "../ui/transcript";

const m = defineMessages(
  {
    crumbs: "Breadcrumb",
    debates: "Debates",
    title: "House sitting of {date}",
    number: "Sitting",
    "number.text": "No. {number}",
    session: "Session",
    statements: "Statements",
    source: "Official record",
    "source.en": "Hansard (English)",
    "source.fr": "Hansard (French)",
    topics: "Topics",
    votes: "Votes held",
    division: "Division No. {number}",
    transcript: "Transcript",
  },
  {
    crumbs: "Fil d’Ariane",
    debates: "Débats",
    title: "Séance de la Chambre du {date}",
    number: "Séance",
    "number.text": "Nº\u00a0{number}",
    session: "Session",
    statements: "Interventions",
    source: "Compte rendu officiel",
    "source.en": "Hansard (anglais)",
    "source.fr": "Hansard (français)",
    topics: "Sujets",
    votes: "Votes tenus",
    division: "Vote nº\u00a0{number}",
    transcript: "Transcription",
  },
);

export default async function debate(ctx: PageContext): Promise<PageView> {
  const date = ctx.params.date!;
  const sitting = await get("/api/v1/debates/{date}", { path: { date }, query: { lang: getLang() }, signal: ctx.signal });
  const title = m("title", { date: formatDate(sitting.date) });
  const text = transcript((cursor, limit) =>
    get("/api/v1/debates/{date}/statements", { path: { date }, query: { cursor, limit, lang: getLang() }, signal: ctx.signal }),
  );
  void text.start().then(() => watchStatementAnchors(text, ctx.signal));

  const sources = [
    sitting.source_url_en && externalLink(sitting.source_url_en, m("source.en")),
    sitting.source_url_fr && externalLink(sitting.source_url_fr, m("source.fr")),
  ].filter((x): x is HTMLAnchorElement => Boolean(x));

  const node = h(
    "div",
    { class: "page" },
    breadcrumbs(m("crumbs"), [
      [m("debates"), "/debates"],
      [formatDate(sitting.date), null],
    ]),
    h("h1", {}, title),
    facts([
      [m("number"), m("number.text", { number: sitting.number })],
      [m("session"), link("/debates", sitting.session, { session: sitting.session })],
      [m("statements"), formatNumber(sitting.statements)],
      [m("source"), sources.length ? sources.flatMap((a, i) => (i ? [" · ", a] : [a])) : null],
    ]),
    sitting.topics.length > 0 && section(m("topics"), topicList(sitting.topics, text)),
    sitting.votes.length > 0 &&
      section(
        m("votes"),
        h(
          "ul",
          { class: "plain-list" },
          ...sitting.votes.map((v) =>
            h(
              "li",
              {},
              link(votePath(sitting.session, v.number), m("division", { number: v.number })),
              " ",
              resultTag(v.result),
              " ",
              h("span", { lang: fieldLang(v, "description") }, clip(field(v, "description"), 160)),
            ),
          ),
        ),
      ),
    section(m("transcript"), text.element),
  );
  return { title, node };
}
