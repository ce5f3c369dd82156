/**
 * What the data still does not say, per dataset: how many records have each field filled, and
 * every record that is still unknown with why (and, for identities, the candidates a person
 * could be). Computed from the civic database as the API serves it, so the report and the data
 * never disagree. Served by `GET /api/v1/etl/quality` and summarised in each run's checks.
 */

export interface Candidate {
  member: string;
  name: string;
  detail: string;
}

export interface UnknownItem {
  subject: string;
  detail: string;
  candidates: Candidate[];
}

export interface UnknownList {
  check: string;
  count: number;
  items: UnknownItem[];
}

export interface FieldFill {
  field: string;
  filled: number;
}

export const DATASETS = ["ballots", "members", "member_terms", "statements", "bills"] as const;

export interface DatasetCompleteness {
  dataset: (typeof DATASETS)[number];
  records: number;
  fields: FieldFill[];
  unknown: UnknownList[];
}

type Row = Record<string, string | number | null>;

async function all<T = Row>(db: D1Database, sql: string, ...params: (string | number)[]): Promise<T[]> {
  return (
    await db
      .prepare(sql)
      .bind(...params)
      .all<T>()
  ).results;
}

async function counts(db: D1Database, table: string, fields: Record<string, string>, where = "1"): Promise<{ records: number; fields: FieldFill[] }> {
  const columns = Object.values(fields).map((filled, i) => `sum(CASE WHEN ${filled} THEN 1 ELSE 0 END) AS f${i}`);
  const row = (await db.prepare(`SELECT count(*) AS records${columns.map((c) => `, ${c}`).join("")} FROM ${table} WHERE ${where}`).first<Row>())!;
  return { records: Number(row.records), fields: Object.keys(fields).map((field, i) => ({ field, filled: Number(row[`f${i}`] ?? 0) })) };
}

/** Members who held a roster seat under this surname, with their roster terms: whom an unknown could be. */
async function candidatesBySurname(db: D1Database, surnames: string[]): Promise<Map<string, Candidate[]>> {
  const out = new Map<string, Candidate[]>();
  if (surnames.length === 0) return out;
  const rows = await all<{ family: string; slug: string; name: string; terms: string }>(
    db,
    `SELECT lower(m.name_family) AS family, m.slug, m.name,
       group_concat(t.start_date || ' to ' || coalesce(t.end_date, 'present'), '; ') AS terms
     FROM members m JOIN member_terms t ON t.member_id = m.id AND t.source = 'roster'
     WHERE lower(m.name_family) IN (SELECT lower(value) FROM json_each(?)) AND instr(m.name, ' ') > 0
     GROUP BY m.id ORDER BY m.name`,
    JSON.stringify(surnames),
  );
  for (const r of rows) {
    const list = out.get(r.family) ?? [];
    list.push({ member: r.slug, name: r.name, detail: `roster terms: ${r.terms}` });
    out.set(r.family, list);
  }
  return out;
}

async function ballots(db: D1Database, limit: number): Promise<DatasetCompleteness> {
  const { records, fields } = await counts(db, "ballots", { party: "party_id IS NOT NULL" });
  const unknown = await all<{
    session: string;
    number: number;
    date: string;
    slug: string;
    name: string;
    family: string;
    printed: string | null;
    seated_until: string | null;
  }>(
    db,
    `SELECT d.session_code AS session, d.number, d.date, m.slug, m.name, lower(coalesce(m.name_family, m.name)) AS family, b.name_printed AS printed,
       (SELECT max(coalesce(t.end_date, '9999-12-31')) FROM member_terms t WHERE t.member_id = m.id AND t.start_date <= d.date) AS seated_until
     FROM ballots b JOIN divisions d ON d.id = b.division_id JOIN members m ON m.id = b.member_id
     WHERE b.party_id IS NULL ORDER BY d.date, d.session_code, d.number, m.name`,
  );
  const candidates = await candidatesBySurname(db, [...new Set(unknown.filter((u) => !u.name.includes(" ")).map((u) => u.family))]);
  return {
    dataset: "ballots",
    records,
    fields,
    unknown: [
      {
        check: "ballots_without_party",
        count: unknown.length,
        items: unknown.slice(0, limit).map((u) => ({
          subject: `${u.session}/${u.number} ${u.printed ?? u.name}`,
          detail: !u.name.includes(" ")
            ? `The division list prints "${u.printed ?? u.name}" and no roster seats exactly one member of that name on ${u.date}; the member is known by surname only.`
            : u.seated_until
              ? `No roster states ${u.name}'s party on ${u.date}: their last known term ends ${u.seated_until}.`
              : `No roster or speaker label states ${u.name}'s party on ${u.date}.`,
          candidates: candidates.get(u.family) ?? [],
        })),
      },
    ],
  };
}

async function members(db: D1Database, limit: number): Promise<DatasetCompleteness> {
  const { records, fields } = await counts(db, "members", {
    house_person_id: "house_person_id IS NOT NULL",
    full_name: "instr(name, ' ') > 0",
    terms: "EXISTS (SELECT 1 FROM member_terms t WHERE t.member_id = members.id)",
  });
  // Roster people no member could be chosen for: more than one member fits their name.
  const unmatched = await all<{ name: string; riding: string | null; rosters: string; family: string; given: string }>(
    db,
    `SELECT name_given || ' ' || name_family AS name, max(riding) AS riding, group_concat(DISTINCT roster) AS rosters, lower(name_family) AS family, name_given AS given
     FROM roster_seats WHERE member_id IS NULL GROUP BY coalesce(house_person_id, parlinfo_id, name_family || '|' || name_given) ORDER BY name`,
  );
  const surnameOnly = await all<{ slug: string; name: string; ballots: number; first: string | null }>(
    db,
    `SELECT m.slug, m.name, count(b.division_id) AS ballots, min(d.date) AS first FROM members m
     LEFT JOIN ballots b ON b.member_id = m.id LEFT JOIN divisions d ON d.id = b.division_id
     WHERE instr(m.name, ' ') = 0 GROUP BY m.id ORDER BY m.name`,
  );
  const candidates = await candidatesBySurname(db, [...new Set([...unmatched.map((u) => u.family), ...surnameOnly.map((s) => s.name.toLowerCase())])]);
  const sameName = (u: (typeof unmatched)[number]) => (candidates.get(u.family) ?? []).filter((c) => c.name.toLowerCase().startsWith(u.given.toLowerCase()));
  return {
    dataset: "members",
    records,
    fields,
    unknown: [
      {
        check: "ambiguous_identities",
        count: unmatched.length,
        items: unmatched.slice(0, limit).map((u) => ({
          subject: `${u.name}${u.riding ? ` (${u.riding})` : ""}`,
          detail: `More than one member fits this roster entry (${u.rosters}); none was chosen.`,
          candidates: sameName(u),
        })),
      },
      {
        check: "members_known_by_surname_only",
        count: surnameOnly.length,
        items: surnameOnly.slice(0, limit).map((s) => ({
          subject: `${s.name} (/members/${s.slug})`,
          detail: `Named only by a division list (${s.ballots} ballot${s.ballots === 1 ? "" : "s"}, first on ${s.first ?? "no date"}); no roster seats exactly one member of that name on those days.`,
          candidates: candidates.get(s.name.toLowerCase()) ?? [],
        })),
      },
    ],
  };
}

async function terms(db: D1Database, limit: number): Promise<DatasetCompleteness> {
  const { records, fields } = await counts(db, "member_terms", {
    party: "party_id IS NOT NULL",
    riding: "riding_id IS NOT NULL",
    end_date: "end_date IS NOT NULL",
  });
  const gaps = await all<{ slug: string; name: string; start: string; source: string; missing: string; riding: string | null }>(
    db,
    `SELECT m.slug, m.name, t.start_date AS start, t.source,
       CASE WHEN t.party_id IS NULL AND t.riding_id IS NULL THEN 'party and riding' WHEN t.party_id IS NULL THEN 'party' ELSE 'riding' END AS missing,
       (SELECT rs.riding FROM roster_seats rs WHERE rs.member_id = m.id AND rs.start_date = t.start_date LIMIT 1) AS riding
     FROM member_terms t JOIN members m ON m.id = t.member_id
     WHERE t.party_id IS NULL OR t.riding_id IS NULL ORDER BY t.riding_id IS NULL DESC, t.start_date DESC, m.name`,
  );
  const item = (g: (typeof gaps)[number]) => ({
    subject: `${g.name}, term from ${g.start}`,
    detail: `No ${g.missing} (from ${g.source === "hansard" ? "a speaker label" : g.source})${g.riding ? `; the roster names the riding "${g.riding}", which no riding list of that date holds` : ""}.`,
    candidates: [],
  });
  const withoutRiding = gaps.filter((g) => g.missing !== "party");
  const withoutParty = gaps.filter((g) => g.missing !== "riding");
  // A roster seat held on the roster's day, with no end: its end is taken from what comes next (the
  // member's next seat, or the next general election the rosters know), which no roster states.
  const inferred = await all<{ name: string; start: string; end: string; next: string | null }>(
    db,
    `SELECT m.name, t.start_date AS start, t.end_date AS "end",
       (SELECT n.start_date FROM member_terms n WHERE n.member_id = t.member_id AND n.start_date = date(t.end_date, '+1 day')) AS next
     FROM member_terms t JOIN members m ON m.id = t.member_id
     WHERE t.source = 'roster' AND t.end_date IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM roster_seats rs WHERE rs.member_id = t.member_id AND rs.start_date = t.start_date AND rs.end_date IS NOT NULL)
     ORDER BY t.end_date DESC, m.name`,
  );
  return {
    dataset: "member_terms",
    records,
    fields,
    unknown: [
      { check: "terms_without_riding", count: withoutRiding.length, items: withoutRiding.slice(0, limit).map(item) },
      { check: "terms_without_party", count: withoutParty.length, items: withoutParty.slice(0, limit).map(item) },
      {
        check: "terms_with_inferred_end",
        count: inferred.length,
        items: inferred.slice(0, limit).map((t) => ({
          subject: `${t.name}, term from ${t.start}`,
          detail: t.next
            ? `The roster shows the seat held on its own date, with no end: the term is taken to end on ${t.end}, the day before the member's next seat (${t.next}). The member may have left earlier.`
            : `The roster shows the seat held on its own date, with no end, and no later roster seats this member: the term is taken to end on ${t.end}, the day before the next general election the rosters know. The member may have left earlier.`,
          candidates: [],
        })),
      },
    ],
  };
}

async function statements(db: D1Database, limit: number): Promise<DatasetCompleteness> {
  const { records, fields } = await counts(db, "statements", {
    member: "member_id IS NOT NULL",
    text_en: "text_en IS NOT NULL AND text_en <> ''",
    text_fr: "text_fr IS NOT NULL AND text_fr <> ''",
  });
  const speakers = await all<{ db_id: number; name: string | null; n: number }>(
    db,
    `SELECT speaker_db_id AS db_id, coalesce(speaker_name_en, speaker_name_fr) AS name, count(*) AS n FROM statements
     WHERE speaker_db_id IS NOT NULL AND member_id IS NULL GROUP BY speaker_db_id ORDER BY n DESC, name`,
  );
  const total = speakers.reduce((n, s) => n + s.n, 0);
  return {
    dataset: "statements",
    records,
    fields,
    unknown: [
      {
        check: "statements_without_member",
        count: total,
        items: speakers.slice(0, limit).map((s) => ({
          subject: `${s.name ?? "unnamed speaker"} (Affiliation DbId ${s.db_id})`,
          detail: `${s.n} statement${s.n === 1 ? "" : "s"}: no member is named, either an office whose holder the document does not state (The Deputy Speaker) or a person who is not a member (a witness, an official).`,
          candidates: [],
        })),
      },
    ],
  };
}

async function bills(db: D1Database, limit: number): Promise<DatasetCompleteness> {
  const titles = {
    short_title_en: "short_title_en IS NOT NULL",
    short_title_fr: "short_title_fr IS NOT NULL",
    long_title_en: "long_title_en IS NOT NULL",
    long_title_fr: "long_title_fr IS NOT NULL",
  };
  const { records, fields } = await counts(db, "bills", { ...titles, sponsor: "sponsor_member_id IS NOT NULL" });
  const untitled = await all<{ session: string; number: string; missing: string }>(
    db,
    `SELECT session_code AS session, number, trim(
       CASE WHEN long_title_en IS NULL THEN 'long title (en) ' ELSE '' END || CASE WHEN long_title_fr IS NULL THEN 'long title (fr) ' ELSE '' END ||
       CASE WHEN short_title_en IS NULL THEN 'short title (en) ' ELSE '' END || CASE WHEN short_title_fr IS NULL THEN 'short title (fr)' ELSE '' END) AS missing
     FROM bills WHERE long_title_en IS NULL OR long_title_fr IS NULL ORDER BY session_code, number_only, number`,
  );
  return {
    dataset: "bills",
    records,
    fields,
    unknown: [
      {
        check: "bills_without_titles",
        count: untitled.length,
        items: untitled.slice(0, limit).map((b) => ({
          subject: `${b.session} ${b.number}`,
          detail: `No ${b.missing.replace(/\) /g, "), ")}: the sittings loaded name the bill without reading it, and no LEGISinfo record is loaded for it.`,
          candidates: [],
        })),
      },
    ],
  };
}

export async function completeness(db: D1Database, limit = 100): Promise<DatasetCompleteness[]> {
  return Promise.all([ballots(db, limit), members(db, limit), terms(db, limit), statements(db, limit), bills(db, limit)]);
}
