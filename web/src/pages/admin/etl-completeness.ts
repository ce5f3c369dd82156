/**
 * How complete each dataset is (`GET /api/v1/etl/quality`): how many records state each field,
 * and every record still unknown, with why and, for an identity not settled, whom it could be.
 */
import { get, type Schema } from "../../api/client";
import { h, uid } from "../../dom";
import { colon, defineMessages, formatNumber, locale } from "../../i18n";
import { link, memberPath, section } from "../../ui/page";
import { emptyState, loadInto } from "../../ui/states";
import { dataTable, row, type Column } from "../../ui/table";
import { englishText } from "./format";
import { checkLabel } from "./labels";

const m = defineMessages(
  {
    quality: "Data completeness",
    "quality.intro":
      "For each dataset the API serves: how many records state each field, and every record still unknown in some way, with why. Where an identity is not settled, every member it could be is listed; nothing is guessed.",
    "quality.failed": "The completeness report could not be read",
    "quality.empty": "No dataset is reported.",
    "dataset.ballots": "Ballots",
    "dataset.members": "Members",
    "dataset.member_terms": "Member terms",
    "dataset.statements": "Statements",
    "dataset.bills": "Bills",
    "records.one": "1 record",
    "records.many": "{n} records",
    "fields.caption": "Fields of {dataset}, with how many records fill each",
    "col.field": "Field",
    "col.filled": "Filled",
    filled: "{filled} of {records} · {share}",
    "field.party": "Party",
    "field.riding": "Riding",
    "field.end_date": "End date",
    "field.house_person_id": "House of Commons person id",
    "field.full_name": "Full name (not surname only)",
    "field.terms": "At least one term",
    "field.member": "Member",
    "field.text_en": "Text in English",
    "field.text_fr": "Text in French",
    "field.short_title_en": "Short title in English",
    "field.short_title_fr": "Short title in French",
    "field.long_title_en": "Long title in English",
    "field.long_title_fr": "Long title in French",
    "field.sponsor": "Sponsor",
    "unknown.none": "None: every record is known.",
    "unknown.count": "{n} unknown",
    "unknown.listed": "The API lists the first {shown}.",
    "unknown.all": "Show all {n}",
    "unknown.allListed": "Show the {n} listed",
    "unknown.caption": "{check}: each case, with why",
    candidates: "Could be",
  },
  {
    quality: "Complétude des données",
    "quality.intro":
      "Pour chaque jeu de données servi par l’API\u00a0: combien d’enregistrements indiquent chaque champ, et chaque enregistrement encore inconnu d’une façon ou d’une autre, avec la raison. Quand une identité n’est pas établie, chaque député possible est listé\u00a0; rien n’est deviné.",
    "quality.failed": "Le rapport de complétude n’a pas pu être lu",
    "quality.empty": "Aucun jeu de données n’est signalé.",
    "dataset.ballots": "Votes individuels",
    "dataset.members": "Députés",
    "dataset.member_terms": "Mandats des députés",
    "dataset.statements": "Interventions",
    "dataset.bills": "Projets de loi",
    "records.one": "1 enregistrement",
    "records.many": "{n} enregistrements",
    "fields.caption": "Champs de {dataset}, avec le nombre d’enregistrements qui remplissent chacun",
    "col.field": "Champ",
    "col.filled": "Remplis",
    filled: "{filled} sur {records} · {share}",
    "field.party": "Parti",
    "field.riding": "Circonscription",
    "field.end_date": "Date de fin",
    "field.house_person_id": "Identifiant de personne de la Chambre des communes",
    "field.full_name": "Nom complet (pas seulement le nom de famille)",
    "field.terms": "Au moins un mandat",
    "field.member": "Député",
    "field.text_en": "Texte en anglais",
    "field.text_fr": "Texte en français",
    "field.short_title_en": "Titre abrégé en anglais",
    "field.short_title_fr": "Titre abrégé en français",
    "field.long_title_en": "Titre intégral en anglais",
    "field.long_title_fr": "Titre intégral en français",
    "field.sponsor": "Parrain",
    "unknown.none": "Aucun\u00a0: chaque enregistrement est connu.",
    "unknown.count": "{n} inconnus",
    "unknown.listed": "L’API liste les {shown} premiers.",
    "unknown.all": "Afficher les {n}",
    "unknown.allListed": "Afficher les {n} listés",
    "unknown.caption": "{check}\u00a0: chaque cas, avec la raison",
    candidates: "Pourrait être",
  },
);

/** Unknown records asked for per check: the most the API lists. */
const UNKNOWN_LISTED = 1000;
/** Unknown records shown per check before "Show all": enough to see the pattern, few enough to scroll past. */
const UNKNOWN_SHOWN = 10;

/** The section, loading on its own: a failure shows its error with a retry, and the rest of the page is unaffected. */
export function completenessSection(signal: AbortSignal): HTMLElement {
  const slot = h("div", {});
  void loadInto(slot, async () => (await get("/api/v1/etl/quality", { query: { limit: UNKNOWN_LISTED }, signal, cache: false })).data, completeness, {
    errorTitle: m("quality.failed"),
  });
  return section(m("quality"), h("p", { class: "muted" }, m("quality.intro")), slot);
}

/** `GET /etl/quality`, as workers/etl/src/completeness.ts computes it. */
type DatasetCompleteness = Schema<"EtlDatasetCompleteness">;
type UnknownList = Schema<"EtlUnknownList">;
type UnknownItem = UnknownList["items"][number];

const DATASETS = ["ballots", "members", "member_terms", "statements", "bills"] as const;
const FIELDS = [
  "party",
  "riding",
  "end_date",
  "house_person_id",
  "full_name",
  "terms",
  "member",
  "text_en",
  "text_fr",
  "short_title_en",
  "short_title_fr",
  "long_title_en",
  "long_title_fr",
  "sponsor",
] as const;
/** Datasets and fields added later still show, under their name in the API. */
const datasetLabel = (name: string) => ((DATASETS as readonly string[]).includes(name) ? m(`dataset.${name as (typeof DATASETS)[number]}`) : name);
const fieldLabel = (name: string) => ((FIELDS as readonly string[]).includes(name) ? m(`field.${name as (typeof FIELDS)[number]}`) : name);

/** Every dataset: its records, each field's fill, and each kind of unknown with its records. */
function completeness(datasets: DatasetCompleteness[]): HTMLElement {
  if (datasets.length === 0) return emptyState(m("quality.empty"));
  return h("div", { class: "card-list" }, ...datasets.map(dataset));
}

function dataset(d: DatasetCompleteness): HTMLElement {
  const headingId = uid("dataset");
  const columns: Column[] = [{ label: m("col.field") }, { label: m("col.filled"), numeric: true }];
  return h(
    "section",
    { class: "card completeness-dataset", "aria-labelledby": headingId, "data-dataset": d.dataset },
    h("h3", { class: "card-title", id: headingId }, datasetLabel(d.dataset)),
    h("p", { class: "muted" }, h("code", {}, d.dataset), " · ", d.records === 1 ? m("records.one") : m("records.many", { n: formatNumber(d.records) })),
    dataTable({
      caption: m("fields.caption", { dataset: datasetLabel(d.dataset) }),
      captionHidden: true,
      columns,
      rows: d.fields.map((f) =>
        row([[h("span", { class: "cell-title" }, fieldLabel(f.field)), h("code", { class: "cell-code" }, f.field)], filled(f.filled, d.records)], columns),
      ),
    }).frame,
    ...d.unknown.map(unknownList),
  );
}

/** `2,461 of 2,463 · 99.9%`: the share rounded down, so a field short of full never reads 100%. */
function filled(n: number, records: number): string {
  if (records === 0) return formatNumber(n);
  const share = new Intl.NumberFormat(locale(), { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.floor((n / records) * 1000) / 1000,
  );
  return m("filled", { filled: formatNumber(n), records: formatNumber(records), share });
}

function unknownList(list: UnknownList): HTMLElement {
  const headingId = uid("check");
  const heading = h(
    "h4",
    { id: headingId },
    checkLabel(list.check),
    list.count > 0 && [" ", h("span", { class: "tag tag-tie" }, m("unknown.count", { n: formatNumber(list.count) }))],
  );
  const part = h("div", { class: "completeness-check", role: "group", "aria-labelledby": headingId, "data-check": list.check }, heading);
  if (list.count === 0) {
    part.append(emptyState(m("unknown.none")));
    return part;
  }
  const items = (some: UnknownItem[]) =>
    h("ul", { class: "plain-list", "aria-label": m("unknown.caption", { check: checkLabel(list.check) }) }, ...some.map(unknownItem));
  part.append(items(list.items.slice(0, UNKNOWN_SHOWN)));
  // An item is usually one record, but not always (statements are listed by speaker), so only a
  // list as long as was asked for can have been cut short.
  const cut = list.items.length >= UNKNOWN_LISTED && list.items.length < list.count;
  if (list.items.length > UNKNOWN_SHOWN) {
    part.append(
      h(
        "details",
        { class: "disclosure" },
        h("summary", {}, m(cut ? "unknown.allListed" : "unknown.all", { n: formatNumber(list.items.length) })),
        items(list.items.slice(UNKNOWN_SHOWN)),
      ),
    );
  }
  if (cut) part.append(h("p", { class: "muted small" }, m("unknown.listed", { shown: formatNumber(list.items.length) })));
  return part;
}

/** One unknown record: what it is and why, in the service's English, and whom it could be. */
function unknownItem(item: UnknownItem): HTMLElement {
  return h(
    "li",
    {},
    h("span", { class: "cell-title" }, englishText(item.subject)),
    h("span", { class: "cell-note" }, englishText(item.detail)),
    item.candidates.length > 0 &&
      h(
        "span",
        { class: "cell-note" },
        colon(m("candidates")),
        ...item.candidates.flatMap((c, i) => [i > 0 ? "; " : "", link(memberPath({ id: null, slug: c.member }), c.name), " (", englishText(c.detail), ")"]),
      ),
  );
}
