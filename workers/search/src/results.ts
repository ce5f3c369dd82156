import { z } from "@hono/zod-openapi";
import { DOCUMENT_KINDS } from "#shared/db/civic";
import type { Lang } from "#shared/http/lang";
import { memberHouseIdOf } from "#shared/civic/members-sql";
import { hasMark, leadHtml, markedHtml, SQL_MARKS } from "./highlight";
import { RESULT_TYPES, type ResultType } from "./indexes";

/**
 * Search results as the API serves them: the hits of a page read back with what a result list
 * shows (title, link, highlighted snippet, speaker, session…). `snippet` is HTML (escaped text
 * and `<mark>`); every other string is plain text.
 */

const MemberRefSchema = z
  .object({
    id: z.number().int().nullable().openapi({ description: "House of Commons person id; null for members known only by slug." }),
    slug: z.string(),
    name: z.string(),
  })
  .openapi("SearchMemberRef");

export const SearchResultSchema = z
  .object({
    type: z.enum(RESULT_TYPES),
    id: z.string().openapi({
      description:
        "The result's id in its own API: statement id, `session/number` for bills, House id or slug for members, slug for " +
        "committees, `jurisdiction/slug` for representatives.",
      example: "44-1/C-332",
    }),
    title: z.string().openapi({ description: "Plain text." }),
    url: z.string().openapi({ description: "The API path of the result (for a statement: its transcript).", example: "/api/v1/bills/44-1/C-332" }),
    snippet: z.string().openapi({ description: "HTML: the source text escaped, each match in `<mark>`…`</mark>`." }),
    score: z.number().openapi({
      description:
        "Relevance, higher is better: the weighted bm25 score relative to the best match of the same type, times the type's " +
        "weight; among results blended with semantic search, the reciprocal-rank-fusion score.",
    }),
    date: z.string().nullable().openapi({ description: "Statement date; a bill's introduction (else latest stage) date." }),
    session: z.string().nullable(),
    party: z.string().nullable().openapi({ description: "Party slug: the speaker's party that day, a bill sponsor's, a member's current one." }),
    member: MemberRefSchema.nullable().openapi({ description: "The speaker, the bill's sponsor, or the member found." }),
    matched: z
      .array(z.enum(["keyword", "semantic"]))
      .optional()
      .openapi({ description: "Which rankings found the result, when semantic search is blended in." }),
    statement: z
      .object({
        sequence: z.number().int(),
        speaker: z.string().nullable().openapi({ description: "The speaker as printed." }),
        heading: z.string().nullable(),
        subheading: z.string().nullable(),
        document: z.object({ kind: z.enum(DOCUMENT_KINDS), number: z.number().int(), committee: z.string().nullable() }),
      })
      .optional(),
    bill: z.object({ number: z.string(), status: z.string().nullable() }).optional(),
    committee: z.object({ acronym: z.string().nullable() }).optional(),
    representative: z
      .object({
        jurisdiction: z.string(),
        office: z.string(),
        district: z.string().nullable(),
        party_name: z.string().nullable(),
      })
      .optional(),
  })
  .openapi("SearchResult");
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** What hydration needs of a hit besides its row. */
export interface HitRef {
  pk: number;
  score: number;
  party: string | null;
}

interface MemberColumns {
  member_slug: string | null;
  member_name: string | null;
  member_house_id: number | null;
}

const memberRef = (row: MemberColumns) => (row.member_slug === null ? null : { id: row.member_house_id, slug: row.member_slug, name: row.member_name ?? "" });

const pick = (lang: Lang | undefined, en: string | null, fr: string | null): string | null => (lang === "fr" ? fr || en : en || fr) || null;

/**
 * How one type's hits are read back: the columns a result is built from (alias → SQL
 * expression) and the tables they come from. With a match expression the FROM starts at the
 * type's FTS5 table, read under the MATCH the hits came from, so FTS5 marks the matches in
 * snippets; without one (results found only by semantic search), statements are read directly
 * and their snippet is the start of the text. page.ts and hydrate.ts turn these into SQL.
 *
 * `Row` is the row those columns make: `columns` names exactly its fields (one SQL expression
 * each), and `view` reads it.
 */
export interface Hydration<Row> {
  /** The FTS5 table, whose rowids the hits carry. */
  table: string;
  columns: (withMatch: boolean) => { [K in keyof Row]: string };
  from: (withMatch: boolean) => string;
  /** The primary key a hit's `pk` names, for reading without a match. */
  key: string;
  view: (row: Row, hit: HitRef, lang: Lang | undefined) => SearchResult;
}

interface StatementRow extends MemberColumns {
  id: number;
  date: string;
  sequence: number;
  speaker_name_en: string | null;
  speaker_name_fr: string | null;
  heading_en: string | null;
  heading_fr: string | null;
  subheading_en: string | null;
  subheading_fr: string | null;
  floor_language: Lang | null;
  kind: (typeof DOCUMENT_KINDS)[number];
  session: string;
  document_number: number;
  committee: string | null;
  snippet_en: string | null;
  snippet_fr: string | null;
  text_en?: string | null;
  text_fr?: string | null;
}

function statementView(row: StatementRow, hit: HitRef, lang: Lang | undefined): SearchResult {
  const speaker = pick(lang, row.speaker_name_en, row.speaker_name_fr);
  const heading = pick(lang, row.heading_en, row.heading_fr);
  const subheading = pick(lang, row.subheading_en, row.subheading_fr);
  // The snippet comes from the language that matched; when both did (or neither), from the
  // language asked for, else the one spoken on the floor.
  const preferred: Lang = lang ?? row.floor_language ?? "en";
  const [first, second] = preferred === "fr" ? [row.snippet_fr, row.snippet_en] : [row.snippet_en, row.snippet_fr];
  const raw = hasMark(first) ? first : hasMark(second) ? second : first || second;
  const snippet = raw ? markedHtml(raw) : leadHtml(preferred === "fr" ? row.text_fr || row.text_en : row.text_en || row.text_fr);
  const topic = subheading ?? heading;
  const url =
    row.kind === "debates"
      ? `/api/v1/debates/${row.date}/statements`
      : row.committee
        ? `/api/v1/committees/${row.committee}/meetings/${row.session}/${row.document_number}/statements`
        : `/api/v1/debates?date_from=${row.date}&date_to=${row.date}`;
  return {
    type: "statement",
    id: String(row.id),
    title: [speaker, topic].filter(Boolean).join(" — ") || "Statement",
    url,
    snippet,
    score: hit.score,
    date: row.date,
    session: row.session,
    party: hit.party,
    member: memberRef(row),
    statement: {
      sequence: row.sequence,
      speaker,
      heading,
      subheading,
      document: { kind: row.kind, number: row.document_number, committee: row.committee },
    },
  };
}

interface BillRow extends MemberColumns {
  id: number;
  session: string;
  number: string;
  short_title_en: string | null;
  short_title_fr: string | null;
  long_title_en: string | null;
  long_title_fr: string | null;
  status: string | null;
  date: string | null;
  number_html: string | null;
  short_en_html: string | null;
  short_fr_html: string | null;
  long_en_html: string | null;
  long_fr_html: string | null;
}

function billView(row: BillRow, hit: HitRef, lang: Lang | undefined): SearchResult {
  const title = pick(lang, row.short_title_en, row.short_title_fr) ?? pick(lang, row.long_title_en, row.long_title_fr);
  const titles =
    lang === "fr"
      ? [row.short_fr_html, row.long_fr_html, row.short_en_html, row.long_en_html]
      : [row.short_en_html, row.long_en_html, row.short_fr_html, row.long_fr_html];
  const marked = titles.find(hasMark) ?? titles.find(Boolean) ?? null;
  const snippet = [markedHtml(row.number_html ?? row.number), marked ? markedHtml(marked) : ""].filter(Boolean).join(" — ");
  return {
    type: "bill",
    id: `${row.session}/${row.number}`,
    title: title ? `${row.number} — ${title}` : row.number,
    url: `/api/v1/bills/${row.session}/${row.number}`,
    snippet,
    score: hit.score,
    date: row.date,
    session: row.session,
    party: hit.party,
    member: memberRef(row),
    bill: { number: row.number, status: row.status },
  };
}

interface MemberRow extends MemberColumns {
  id: number;
  name_html: string | null;
}

function memberView(row: MemberRow, hit: HitRef): SearchResult {
  const member = memberRef(row)!;
  const id = member.id === null ? member.slug : String(member.id);
  return {
    type: "member",
    id,
    title: member.name,
    url: `/api/v1/members/${id}`,
    snippet: markedHtml(row.name_html ?? member.name),
    score: hit.score,
    date: null,
    session: null,
    party: hit.party,
    member,
  };
}

interface CommitteeRow {
  id: number;
  slug: string;
  acronym: string | null;
  name_en: string;
  name_fr: string | null;
  acronym_html: string | null;
  name_en_html: string | null;
  name_fr_html: string | null;
}

function committeeView(row: CommitteeRow, hit: HitRef, lang: Lang | undefined): SearchResult {
  const names = lang === "fr" ? [row.name_fr_html, row.name_en_html] : [row.name_en_html, row.name_fr_html];
  const name = names.find(hasMark) ?? names.find(Boolean) ?? row.name_en;
  return {
    type: "committee",
    id: row.slug,
    title: pick(lang, row.name_en, row.name_fr) ?? row.name_en,
    url: `/api/v1/committees/${row.slug}`,
    snippet: [row.acronym_html ? markedHtml(row.acronym_html) : "", markedHtml(name)].filter(Boolean).join(" — "),
    score: hit.score,
    date: null,
    session: null,
    party: null,
    member: null,
    committee: { acronym: row.acronym },
  };
}

interface RepresentativeRow {
  id: number;
  slug: string;
  name: string;
  elected_office: string;
  district_name: string | null;
  party_name: string | null;
  jurisdiction: string;
  name_html: string | null;
  district_html: string | null;
  office_html: string | null;
  party_html: string | null;
}

function representativeView(row: RepresentativeRow, hit: HitRef): SearchResult {
  const where = [row.office_html, row.district_html].filter(Boolean).map(markedHtml).join(", ");
  const party = row.party_html ? ` (${markedHtml(row.party_html)})` : "";
  return {
    type: "representative",
    id: `${row.jurisdiction}/${row.slug}`,
    title: row.district_name ? `${row.name} — ${row.elected_office}, ${row.district_name}` : `${row.name} — ${row.elected_office}`,
    url: `/api/v1/representatives/${row.jurisdiction}/${row.slug}`,
    snippet: `${markedHtml(row.name_html ?? row.name)}${where ? ` — ${where}` : ""}${party}`,
    score: hit.score,
    date: null,
    session: null,
    party: null,
    member: null,
    representative: { jurisdiction: row.jurisdiction, office: row.elected_office, district: row.district_name, party_name: row.party_name },
  };
}

const SNIPPET_TOKENS = 32;

/** A member ref's columns, from `members m`. */
const MEMBER_COLUMNS = { member_slug: "m.slug", member_name: "m.name", member_house_id: memberHouseIdOf("m") };

/** The text of an FTS5 table's column with its matches marked. */
const highlight = (table: string, column: number) => `highlight(${table}, ${column}, ${SQL_MARKS})`;

/** The row each type's hits are read back as. */
export interface HydratedRows {
  statement: StatementRow;
  bill: BillRow;
  member: MemberRow;
  committee: CommitteeRow;
  representative: RepresentativeRow;
}
/** A row read back, of whichever type. */
export type HydratedRow = HydratedRows[ResultType];

export const HYDRATIONS: { [T in ResultType]: Hydration<HydratedRows[T]> } = {
  statement: {
    table: "statements_fts",
    columns: (withMatch) => ({
      id: "s.id",
      date: "s.date",
      sequence: "s.sequence",
      speaker_name_en: "s.speaker_name_en",
      speaker_name_fr: "s.speaker_name_fr",
      heading_en: "s.heading_en",
      heading_fr: "s.heading_fr",
      subheading_en: "s.subheading_en",
      subheading_fr: "s.subheading_fr",
      floor_language: "s.floor_language",
      kind: "d.kind",
      session: "d.session_code",
      document_number: "d.number",
      committee: "c.slug",
      ...MEMBER_COLUMNS,
      ...(withMatch
        ? {
            snippet_en: `snippet(statements_fts, 6, ${SQL_MARKS}, '…', ${SNIPPET_TOKENS})`,
            snippet_fr: `snippet(statements_fts, 7, ${SQL_MARKS}, '…', ${SNIPPET_TOKENS})`,
          }
        : { snippet_en: "NULL", snippet_fr: "NULL", text_en: "substr(s.text_en, 1, 2000)", text_fr: "substr(s.text_fr, 1, 2000)" }),
    }),
    from: (withMatch) => `${
      withMatch
        ? "statements_fts CROSS JOIN statement_search ss ON ss.key = statements_fts.rowid CROSS JOIN statements s ON s.id = ss.statement_id"
        : "statements s"
    }
      JOIN documents d ON d.id = s.document_id
      LEFT JOIN members m ON m.id = s.member_id
      LEFT JOIN committee_meetings cm ON cm.document_id = d.id
      LEFT JOIN committees c ON c.id = cm.committee_id`,
    key: "s.id",
    view: statementView,
  },
  bill: {
    table: "bills_fts",
    columns: () => ({
      id: "b.id",
      session: "b.session_code",
      number: "b.number",
      short_title_en: "b.short_title_en",
      short_title_fr: "b.short_title_fr",
      long_title_en: "b.long_title_en",
      long_title_fr: "b.long_title_fr",
      status: "b.status",
      date: "coalesce(b.introduced_date, b.status_date)",
      ...MEMBER_COLUMNS,
      number_html: highlight("bills_fts", 0),
      short_en_html: highlight("bills_fts", 1),
      short_fr_html: highlight("bills_fts", 2),
      long_en_html: highlight("bills_fts", 3),
      long_fr_html: highlight("bills_fts", 4),
    }),
    from: () => "bills_fts CROSS JOIN bills b ON b.id = bills_fts.rowid LEFT JOIN members m ON m.id = b.sponsor_member_id",
    key: "b.id",
    view: billView,
  },
  member: {
    table: "members_fts",
    columns: () => ({ id: "m.id", ...MEMBER_COLUMNS, name_html: highlight("members_fts", 0) }),
    from: () => "members_fts CROSS JOIN members m ON m.id = members_fts.rowid",
    key: "m.id",
    view: memberView,
  },
  committee: {
    table: "committees_fts",
    columns: () => ({
      id: "c.id",
      slug: "c.slug",
      acronym: "c.acronym",
      name_en: "c.name_en",
      name_fr: "c.name_fr",
      acronym_html: highlight("committees_fts", 0),
      name_en_html: highlight("committees_fts", 1),
      name_fr_html: highlight("committees_fts", 2),
    }),
    from: () => "committees_fts CROSS JOIN committees c ON c.id = committees_fts.rowid",
    key: "c.id",
    view: committeeView,
  },
  representative: {
    table: "representatives_fts",
    columns: () => ({
      id: "r.id",
      slug: "r.slug",
      name: "r.name",
      elected_office: "r.elected_office",
      district_name: "r.district_name",
      party_name: "r.party_name",
      jurisdiction: "j.slug",
      name_html: highlight("representatives_fts", 0),
      district_html: highlight("representatives_fts", 1),
      office_html: highlight("representatives_fts", 2),
      party_html: highlight("representatives_fts", 3),
    }),
    from: () => "representatives_fts CROSS JOIN representatives r ON r.id = representatives_fts.rowid JOIN jurisdictions j ON j.id = r.jurisdiction_id",
    key: "r.id",
    view: representativeView,
  },
};

/**
 * A hit's result from its row, by its type's view. Generic in the type, so the row must be that
 * type's: callers pass a row read back with that type's columns (hydrate.ts, page.ts).
 */
export function viewOf<T extends ResultType>(type: T, row: HydratedRows[T], hit: HitRef, lang: Lang | undefined): SearchResult {
  const hydration: Hydration<HydratedRows[T]> = HYDRATIONS[type];
  return hydration.view(row, hit, lang);
}
