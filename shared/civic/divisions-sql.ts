import { divisions } from "#shared/db/civic";

/** A division as a reference shows it: where it stands (session and number), when, the question in both languages and its result. */
export const divisionRef = {
  session: divisions.sessionCode,
  number: divisions.number,
  date: divisions.date,
  description_en: divisions.descriptionEn,
  description_fr: divisions.descriptionFr,
  result: divisions.result,
};

/**
 * A division as lists of divisions show it: its reference and the totals printed in the Hansard.
 * Selected whole, or without `session` where the session is already known (a bill's divisions).
 */
export const divisionColumns = {
  ...divisionRef,
  yea_total: divisions.yeaTotal,
  nay_total: divisions.nayTotal,
  paired_total: divisions.pairedTotal,
};
