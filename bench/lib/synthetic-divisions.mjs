// Divisions at scale, made from real ones: each synthetic division copies a real division's
// description, result and totals and every one of its ballots (real member ids, parties, ballot
// values and printed names), under a new number in a session no real data uses. The same
// generator feeds both the Worker and the raw SQLite baseline, so both write identical rows.

export const SYNTHETIC_SESSION = {
  code: "99-9",
  parliament_number: 99,
  session_number: 9,
  name_en: "99th Parliament, 9th Session (synthetic)",
  name_fr: "99e législature, 9e session (synthétique)",
  source: "bench",
};

const FIRST_DAY = Date.UTC(2000, 0, 3);
const DAY_MS = 86_400_000;

/**
 * The real divisions with their ballots, in id order, as the generator's templates.
 * @param {Record<string, unknown>[]} divisions rows of `divisions`
 * @param {Record<string, unknown>[]} ballots rows of `ballots`
 */
export function templatesFrom(divisions, ballots) {
  const byDivision = new Map();
  for (const b of ballots) {
    const list = byDivision.get(b.division_id);
    if (list) list.push(b);
    else byDivision.set(b.division_id, [b]);
  }
  return [...divisions]
    .sort((a, b) => a.id - b.id)
    .map((d) => ({
      division: {
        description_en: d.description_en,
        description_fr: d.description_fr,
        result: d.result,
        yea_total: d.yea_total,
        nay_total: d.nay_total,
        paired_total: d.paired_total,
        bill_id: d.bill_id,
      },
      ballots: (byDivision.get(d.id) ?? [])
        .sort((a, b) => a.member_id - b.member_id)
        .map((b) => ({ member_id: b.member_id, ballot: b.ballot, party_id: b.party_id, speaker_db_id: b.speaker_db_id, name_printed: b.name_printed })),
    }))
    .filter((t) => t.ballots.length > 0);
}

/** How many synthetic divisions it takes, cycling through the templates, to reach `ballots` ballots. */
export function divisionsFor(templates, ballots) {
  let count = 0;
  for (let total = 0; total < ballots; count++) total += templates[count % templates.length].ballots.length;
  return count;
}

/**
 * Synthetic division `index` (0-based): number index + 1, with its template's ballots, in sitting
 * ⌊index / perSitting⌋; sittings are one day after another, five a week (so a million ballots'
 * ~4,000 divisions, three a sitting, span five years).
 */
export function syntheticDivision(templates, index, perSitting) {
  const template = templates[index % templates.length];
  const sitting = Math.floor(index / perSitting);
  const week = Math.floor(sitting / 5);
  const date = new Date(FIRST_DAY + (week * 7 + (sitting % 5)) * DAY_MS).toISOString().slice(0, 10);
  const number = index + 1;
  return {
    row: {
      session_code: SYNTHETIC_SESSION.code,
      number,
      date,
      document_id: null,
      source_id: `synthetic-${number}`,
      ...template.division,
      source: "hansard",
    },
    ballots: template.ballots,
  };
}

/**
 * What the synthetic session holds, independent of row ids (which differ between databases): the
 * same figures from D1 and from the baseline's SQLite mean both wrote the same ballots.
 */
export const SUMMARY_SQL = `SELECT count(*) AS ballots, count(DISTINCT d.id) AS divisions,
    sum(d.number * 1000 + b.member_id) AS key_sum,
    sum(CASE b.ballot WHEN 'yea' THEN 1 WHEN 'nay' THEN 2 ELSE 3 END * d.number) AS ballot_sum,
    sum(coalesce(b.party_id, 0) * d.number) AS party_sum,
    sum(length(coalesce(b.name_printed, '')) * d.number) AS name_sum
  FROM ballots b JOIN divisions d ON d.id = b.division_id WHERE d.session_code = ?`;
