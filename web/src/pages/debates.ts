/** Transcripts: House sittings and committee meetings, latest first. */
import { get, type Schema } from "../api/client";
import { h } from "../dom";
import { defineMessages, field, formatDate, formatNumber, getLang, t } from "../i18n";
import type { PageContext, PageView } from "../router";
import { sessionChoices, sessions } from "../ui/data";
import { selectField, textField } from "../ui/forms";
import { filtersOf, listPage } from "../ui/listpage";
import { committeePath, link, meetingPath, sittingPath } from "../ui/page";
import { row, type Column } from "../ui/table";

const m = defineMessages(
  {
    title: "Debates",
    intro: "What was said in the House of Commons and in its committees, sitting by sitting, in English and French.",
    filters: "Filter debates",
    kind: "Kind",
    "kind.debates": "House sittings",
    "kind.evidence": "Committee meetings",
    session: "Session",
    from: "From (date)",
    to: "To (date)",
    caption: "Transcripts",
    "col.date": "Date",
    "col.kind": "Kind",
    "col.number": "Number",
    "col.committee": "Committee",
    "col.statements": "Statements",
    house: "House sitting",
    meeting: "Committee meeting",
    empty: "No transcript matches these filters.",
  },
  {
    title: "Débats",
    intro: "Ce qui a été dit à la Chambre des communes et dans ses comités, séance par séance, en français et en anglais.",
    filters: "Filtrer les débats",
    kind: "Type",
    "kind.debates": "Séances de la Chambre",
    "kind.evidence": "Réunions de comités",
    session: "Session",
    from: "Du (date)",
    to: "Au (date)",
    caption: "Transcriptions",
    "col.date": "Date",
    "col.kind": "Type",
    "col.number": "Numéro",
    "col.committee": "Comité",
    "col.statements": "Interventions",
    house: "Séance de la Chambre",
    meeting: "Réunion de comité",
    empty: "Aucune transcription ne correspond à ces filtres.",
  },
);

export default async function debates(ctx: PageContext): Promise<PageView> {
  const sessionList = await sessions();
  const columns: Column[] = [
    { label: m("col.date") },
    { label: m("col.kind") },
    { label: m("col.number"), numeric: true, secondary: true },
    { label: m("col.committee") },
    { label: m("col.statements"), numeric: true },
  ];
  return listPage<Schema<"Debate">>({
    ctx,
    title: m("title"),
    intro: m("intro"),
    filterLabel: m("filters"),
    fields: (q) => [
      selectField({
        label: m("kind"),
        name: "kind",
        value: q.get("kind"),
        choices: [
          ["", t("any")],
          ["debates", m("kind.debates")],
          ["evidence", m("kind.evidence")],
        ],
      }),
      selectField({ label: m("session"), name: "session", value: q.get("session"), choices: [["", t("any")], ...sessionChoices(sessionList)] }),
      textField({ label: m("from"), name: "date_from", type: "date", value: q.get("date_from") }),
      textField({ label: m("to"), name: "date_to", type: "date", value: q.get("date_to") }),
    ],
    load: (q, cursor, signal) =>
      get("/api/v1/debates", {
        query: {
          ...filtersOf(q, "kind", "session", "date_from", "date_to"),
          limit: 50,
          cursor,
          lang: getLang(),
        },
        signal,
      }),
    caption: m("caption"),
    columns,
    row: (d) => {
      const committee = d.kind === "evidence" ? d.committee : null;
      return row(
        [
          committee ? link(meetingPath(committee.slug, d.session, d.number), formatDate(d.date)) : link(sittingPath(d.date), formatDate(d.date)),
          committee ? m("meeting") : m("house"),
          formatNumber(d.number),
          committee
            ? link(committeePath(committee.slug), [
                committee.acronym ? h("abbr", { title: field(committee, "name") ?? "" }, committee.acronym) : (field(committee, "name") ?? committee.slug),
              ])
            : "—",
          formatNumber(d.statements),
        ],
        columns,
      );
    },
    emptyText: m("empty"),
  });
}
