import type { BILL_STAGES, CHAMBERS } from "#shared/db/civic";

export type BillStage = (typeof BILL_STAGES)[number];
export type Chamber = (typeof CHAMBERS)[number];

/** A LEGISinfo date field that, once set, records a stage the bill reached. */
export interface StageDate {
  field: string;
  stage: BillStage;
  chamber: Chamber;
  en: string;
  fr: string;
}

const chamberStages = (chamber: Chamber, name: "House" | "Senate", en: string, fr: string): StageDate[] => [
  { field: `Passed${name}FirstReadingDateTime`, stage: "first_reading", chamber, en: `First reading in ${en}`, fr: `Première lecture ${fr}` },
  { field: `Passed${name}SecondReadingDateTime`, stage: "second_reading", chamber, en: `Second reading in ${en}`, fr: `Deuxième lecture ${fr}` },
  // LEGISinfo's bill list documents readings and royal assent only; committee and report dates
  // are read under these names when a record carries them.
  { field: `Passed${name}CommitteeStageDateTime`, stage: "committee", chamber, en: `Committee stage in ${en}`, fr: `Étape du comité ${fr}` },
  { field: `Passed${name}ReportStageDateTime`, stage: "report", chamber, en: `Report stage in ${en}`, fr: `Étape du rapport ${fr}` },
  { field: `Passed${name}ThirdReadingDateTime`, stage: "third_reading", chamber, en: `Third reading in ${en}`, fr: `Troisième lecture ${fr}` },
];

const HOUSE = chamberStages("house", "House", "the House of Commons", "à la Chambre des communes");
const SENATE = chamberStages("senate", "Senate", "the Senate", "au Sénat");
/** Royal assent is given in the Senate chamber, which is where the schema records it. */
const ROYAL_ASSENT: StageDate = {
  field: "ReceivedRoyalAssentDateTime",
  stage: "royal_assent",
  chamber: "senate",
  en: "Royal assent",
  fr: "Sanction royale",
};

/** Every stage field, in the order a bill from `originating` passes them. */
export const stagesInOrder = (originating: Chamber): StageDate[] =>
  originating === "house" ? [...HOUSE, ...SENATE, ROYAL_ASSENT] : [...SENATE, ...HOUSE, ROYAL_ASSENT];

export const STAGE_FIELDS = stagesInOrder("house").map((s) => s.field);

export interface ReachedStage extends StageDate {
  date: string;
}

export interface BillStatus {
  status: BillStage | null;
  statusChamber: Chamber | null;
  statusDate: string | null;
}

/**
 * Where a bill stands: royal assent once given; otherwise defeat, withdrawal or Senate amendments
 * when LEGISinfo's status text says so (no date field records them); otherwise the last stage
 * reached. `reached` must be in the order the bill passed its stages.
 */
export function billStatus(reached: ReachedStage[], statusText: string | null, latestActivity: string | null): BillStatus {
  const last = reached.at(-1) ?? null;
  const fromText = last?.stage === "royal_assent" ? null : stageInText(statusText ?? "");
  if (fromText !== null) {
    return { status: fromText, statusChamber: last?.chamber ?? null, statusDate: latestActivity ?? last?.date ?? null };
  }
  return { status: last?.stage ?? null, statusChamber: last?.chamber ?? null, statusDate: last?.date ?? null };
}

function stageInText(text: string): BillStage | null {
  if (/defeated|negatived/i.test(text)) return "defeated";
  if (/withdrawn|not proceeded with/i.test(text)) return "withdrawn";
  if (/senate amendments|amendments (?:made )?by the senate/i.test(text)) return "senate_amendments";
  return null;
}
