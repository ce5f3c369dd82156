/** Names for the API's codes (stages, ballots, results, provinces…), in both languages. */
import type { Schema } from "../api/client";
import type { Ballot, BillStage, Chamber, DivisionResult, Province } from "../../../shared/civic/vocabulary";
import type { ResultType } from "../../../shared/search/result-types";
import { h } from "../dom";
import { defineMessages, field, getLang, otherLang, type Lang } from "../i18n";

const m = defineMessages(
  {
    "stage.first_reading": "First reading",
    "stage.second_reading": "Second reading",
    "stage.committee": "Committee",
    "stage.report": "Report stage",
    "stage.third_reading": "Third reading",
    "stage.senate_amendments": "Senate amendments",
    "stage.royal_assent": "Royal assent",
    "stage.defeated": "Defeated",
    "stage.withdrawn": "Withdrawn",
    "stage.other": "Other",
    "ballot.yea": "Yea",
    "ballot.nay": "Nay",
    "ballot.paired": "Paired",
    "result.passed": "Passed",
    "result.failed": "Defeated",
    "result.tie": "Tie",
    "chamber.house": "House of Commons",
    "chamber.senate": "Senate",
    "type.statement": "Statements",
    "type.bill": "Bills",
    "type.member": "Members",
    "type.committee": "Committees",
    "type.representative": "Representatives",
    "type1.statement": "Statement",
    "type1.bill": "Bill",
    "type1.member": "Member",
    "type1.committee": "Committee",
    "type1.representative": "Representative",
    "level.federal": "Federal",
    "level.provincial": "Provincial",
    "level.municipal": "Municipal",
    noParty: "No party",
    AB: "Alberta",
    BC: "British Columbia",
    MB: "Manitoba",
    NB: "New Brunswick",
    NL: "Newfoundland and Labrador",
    NS: "Nova Scotia",
    NT: "Northwest Territories",
    NU: "Nunavut",
    ON: "Ontario",
    PE: "Prince Edward Island",
    QC: "Quebec",
    SK: "Saskatchewan",
    YT: "Yukon",
  },
  {
    "stage.first_reading": "Première lecture",
    "stage.second_reading": "Deuxième lecture",
    "stage.committee": "Étude en comité",
    "stage.report": "Étape du rapport",
    "stage.third_reading": "Troisième lecture",
    "stage.senate_amendments": "Amendements du Sénat",
    "stage.royal_assent": "Sanction royale",
    "stage.defeated": "Rejeté",
    "stage.withdrawn": "Retiré",
    "stage.other": "Autre",
    "ballot.yea": "Pour",
    "ballot.nay": "Contre",
    "ballot.paired": "Pairé",
    "result.passed": "Adoptée",
    "result.failed": "Rejetée",
    "result.tie": "Égalité",
    "chamber.house": "Chambre des communes",
    "chamber.senate": "Sénat",
    "type.statement": "Interventions",
    "type.bill": "Projets de loi",
    "type.member": "Députés",
    "type.committee": "Comités",
    "type.representative": "Élus",
    "type1.statement": "Intervention",
    "type1.bill": "Projet de loi",
    "type1.member": "Député",
    "type1.committee": "Comité",
    "type1.representative": "Élu",
    "level.federal": "Fédéral",
    "level.provincial": "Provincial",
    "level.municipal": "Municipal",
    noParty: "Sans parti",
    AB: "Alberta",
    BC: "Colombie-Britannique",
    MB: "Manitoba",
    NB: "Nouveau-Brunswick",
    NL: "Terre-Neuve-et-Labrador",
    NS: "Nouvelle-Écosse",
    NT: "Territoires du Nord-Ouest",
    NU: "Nunavut",
    ON: "Ontario",
    PE: "Île-du-Prince-Édouard",
    QC: "Québec",
    SK: "Saskatchewan",
    YT: "Yukon",
  },
);

export const stageLabel = (stage: BillStage | null): string => (stage ? m(`stage.${stage}`) : "—");
export const ballotLabel = (ballot: Ballot): string => m(`ballot.${ballot}`);
export const resultLabel = (result: DivisionResult): string => m(`result.${result}`);
export const chamberLabel = (chamber: Chamber): string => m(`chamber.${chamber}`);
export const provinceLabel = (province: string): string => m(province as Province);
export const typeLabel = (type: ResultType, plural = true): string => m(`${plural ? "type" : "type1"}.${type}`);
export const levelLabel = (level: "federal" | "provincial" | "municipal"): string => m(`level.${level}`);

export function partyName(party: Schema<"PartyRef"> | null, short = true): string {
  if (!party) return m("noParty");
  return (short ? field(party, "short_name") : field(party, "name")) ?? party.slug;
}

/** Colour chips for the parties of the current House; the name is always written beside it. */
const PARTY_COLOURS: Record<string, string> = {
  liberal: "#d71920",
  cpc: "#1a4782",
  ndp: "#f37021",
  bloc: "#0088ce",
  green: "#3d9b35",
  ppc: "#4e2a84",
};

export function partyTag(party: Schema<"PartyRef"> | null, short = true): HTMLElement {
  const colour = party ? PARTY_COLOURS[party.slug] : undefined;
  return h(
    "span",
    { class: "party" },
    h("span", { class: "party-chip", "aria-hidden": "true", style: colour ? `background:${colour}` : undefined }),
    partyName(party, short),
  );
}

export function resultTag(result: DivisionResult): HTMLElement {
  return h("span", { class: `tag tag-${result}` }, resultLabel(result));
}

export function ballotTag(ballot: Ballot): HTMLElement {
  return h("span", { class: `tag tag-ballot-${ballot}` }, ballotLabel(ballot));
}

export function stageTag(stage: BillStage | null): HTMLElement {
  if (!stage) return h("span", { class: "muted" }, "—");
  return h("span", { class: `tag tag-stage tag-stage-${stage}` }, stageLabel(stage));
}

type Titles = Pick<Schema<"Bill">, "short_title_en" | "short_title_fr" | "long_title_en" | "long_title_fr">;

/**
 * A bill's title as people call it: the short title if it has one, else the long one, in the
 * page's language when the source gives it, and which language the text is in.
 */
export function billTitle(bill: Titles): { text: string; lang: Lang } {
  for (const lang of [getLang(), otherLang()]) {
    const text = bill[`short_title_${lang}`] || bill[`long_title_${lang}`];
    if (text) return { text, lang };
  }
  return { text: "—", lang: getLang() };
}
