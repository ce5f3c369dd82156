import type { MEMBER_ID_SCHEMES } from "#shared/db/civic";
import { z } from "zod";
import { FirstSeen, type ParseResult, type RawSource, type Reject, inFileOrder, validate } from "./common";
import { SlugSet, cleanText, isoDate, slugify } from "./common-text";
import { type FixtureRow, blankToNull, readFixture } from "./openparliament-fixture";

/** A row for `members`, keyed by `openparliamentId`. */
export interface MemberRecord {
  openparliamentId: number;
  /** Unique across the file; generated from the name where the fixture's slug is empty. */
  slug: string;
  name: string;
  nameGiven: string | null;
  nameFamily: string | null;
  gender: "M" | "F" | null;
  headshotUrl: string | null;
  twitter: string | null;
  webSite: string | null;
}

export type MemberIdScheme = (typeof MEMBER_ID_SCHEMES)[number];

/** A row for `member_identifiers`, keyed by (`scheme`, `value`). */
export interface MemberIdentifierRecord {
  memberOpenparliamentId: number;
  scheme: MemberIdScheme;
  value: string;
}

/** A row for `member_terms`, keyed by `openparliamentId`; party and riding are openparliament pks. */
export interface MemberTermRecord {
  openparliamentId: number;
  memberOpenparliamentId: number;
  partyOpenparliamentId: number | null;
  ridingOpenparliamentId: number | null;
  startDate: string;
  endDate: string | null;
}

export interface PoliticiansFixture {
  members: MemberRecord[];
  identifiers: MemberIdentifierRecord[];
  terms: MemberTermRecord[];
}

/** Valid rows the schema has no place for (a politician's anagram, favourite word, phone…). */
export interface Skipped {
  index: number;
  sourceId: string;
  reason: string;
}

/**
 * openparliament's `parl_id`s are the House's *affiliation* ids — one per role a person held —
 * which is why a politician can have several and why Hansard `Affiliation DbId`s match them.
 */
const IDENTIFIER_SCHEMES: Readonly<Record<string, MemberIdScheme>> = {
  parl_id: "hansard_affiliation",
  parlinfo_id: "parlinfo_id",
  freebase_id: "freebase_id",
  alternate_name: "alternate_name",
};
const MEMBER_COLUMNS = { twitter: "twitter", web_site: "webSite" } as const;

/** Headshots are paths under openparliament's media root (`polpics/127.jpg`). */
const HEADSHOT_BASE = "https://openparliament.ca/media/";

const Politician = z.object({
  pk: z.number().int().positive(),
  fields: z.object({
    name: z.string().trim().min(1),
    name_given: z.string().nullish(),
    name_family: z.string().nullish(),
    gender: z.enum(["M", "F", ""]).nullish(),
    headshot: z.string().nullish(),
    slug: z.string().nullish(),
  }),
});

const Info = z.object({
  fields: z.object({ politician: z.number().int().positive(), schema: z.string().min(1), value: z.string() }),
});

const Term = z.object({
  pk: z.number().int().positive(),
  fields: z
    .object({
      politician: z.number().int().positive(),
      party: z.number().int().positive().nullable(),
      riding: z.number().int().positive().nullable(),
      start_date: isoDate,
      end_date: isoDate.nullable(),
    })
    .refine((t) => t.end_date === null || t.end_date >= t.start_date, { message: "term ends before it starts" }),
});

const MODELS = ["core.politician", "core.politicianinfo", "core.electedmember"];

/** `politicians.json`: members, their identifiers and their terms from one fixture. */
export function parsePoliticians(raw: RawSource): ParseResult<PoliticiansFixture> & { skipped: Skipped[] } {
  const { records: rows, rejects } = readFixture(raw, MODELS, "the openparliament politicians fixture");
  const failed: Reject[] = [];
  const reject = (row: FixtureRow, reason: string) => failed.push({ index: row.index, sourceId: row.sourceId, reason });
  const ofModel = (model: string) => rows.filter((row) => row.model === model);

  const members = readMembers(ofModel("core.politician"), reject);
  const { identifiers, skipped } = readInfo(ofModel("core.politicianinfo"), members, reject);
  const terms = readTerms(ofModel("core.electedmember"), members, reject);
  return {
    records: { members: [...members.values()], identifiers, terms },
    rejects: inFileOrder(rejects, failed),
    skipped,
  };
}

type RejectRow = (row: FixtureRow, reason: string) => void;

function readMembers(rows: FixtureRow[], reject: RejectRow): Map<number, MemberRecord> {
  const ids = new FirstSeen();
  const valid = rows.flatMap((row) => {
    const politician = validate(Politician, row);
    const reason = politician.ok ? ids.duplicate(String(politician.value.pk), row.index, "politician") : politician.reason;
    if (!politician.ok || reason) {
      reject(row, reason!);
      return [];
    }
    return [politician.value];
  });

  const slugs = new SlugSet();
  const given = valid.map(({ fields }) => {
    const slug = blankToNull(fields.slug);
    return slug !== null && slugs.reserve(slug) ? slug : null;
  });
  const members = new Map<number, MemberRecord>();
  valid.forEach(({ pk, fields }, i) => {
    const name = cleanText(fields.name)!;
    const headshot = blankToNull(fields.headshot);
    members.set(pk, {
      openparliamentId: pk,
      slug: given[i] ?? slugs.claim(slugify(name)),
      name,
      nameGiven: cleanText(fields.name_given),
      nameFamily: cleanText(fields.name_family),
      gender: fields.gender === "M" || fields.gender === "F" ? fields.gender : null,
      headshotUrl: headshot === null ? null : /^https?:\/\//.test(headshot) ? headshot : HEADSHOT_BASE + headshot,
      twitter: null,
      webSite: null,
    });
  });
  return members;
}

function readInfo(rows: FixtureRow[], members: Map<number, MemberRecord>, reject: RejectRow) {
  const identifiers: MemberIdentifierRecord[] = [];
  const skipped: Skipped[] = [];
  const keys = new FirstSeen();
  for (const row of rows) {
    const info = validate(Info, row);
    if (!info.ok) {
      reject(row, info.reason);
      continue;
    }
    const { politician, schema } = info.value.fields;
    const value = cleanText(info.value.fields.value);
    const member = members.get(politician);
    if (!member) {
      reject(row, `politician ${politician} is not a valid politician in this file`);
    } else if (value === null) {
      reject(row, `empty ${schema} value`);
    } else if (schema in IDENTIFIER_SCHEMES) {
      const scheme = IDENTIFIER_SCHEMES[schema]!;
      const duplicate = keys.duplicate(`${scheme}:${value}`, row.index, "identifier");
      if (duplicate) reject(row, duplicate);
      else if (scheme === "hansard_affiliation" && !/^\d+$/.test(value)) reject(row, `parl_id "${value}" is not a number`);
      else identifiers.push({ memberOpenparliamentId: politician, scheme, value });
    } else if (schema in MEMBER_COLUMNS) {
      const column = MEMBER_COLUMNS[schema as keyof typeof MEMBER_COLUMNS];
      if (member[column] !== null) reject(row, `politician ${politician} already has a ${schema}`);
      else member[column] = column === "twitter" ? value.replace(/^@/, "") : value;
    } else {
      skipped.push({ index: row.index, sourceId: row.sourceId, reason: `no column for politicianinfo schema "${schema}"` });
    }
  }
  return { identifiers, skipped };
}

function readTerms(rows: FixtureRow[], members: Map<number, MemberRecord>, reject: RejectRow): MemberTermRecord[] {
  const terms: MemberTermRecord[] = [];
  const ids = new FirstSeen();
  const starts = new FirstSeen();
  for (const row of rows) {
    const term = validate(Term, row);
    if (!term.ok) {
      reject(row, term.reason);
      continue;
    }
    const { pk, fields } = term.value;
    const reason = !members.has(fields.politician)
      ? `politician ${fields.politician} is not a valid politician in this file`
      : (ids.duplicate(String(pk), row.index, "elected member") ?? starts.duplicate(`${fields.politician}@${fields.start_date}`, row.index, "term start"));
    if (reason) {
      reject(row, reason);
      continue;
    }
    terms.push({
      openparliamentId: pk,
      memberOpenparliamentId: fields.politician,
      partyOpenparliamentId: fields.party,
      ridingOpenparliamentId: fields.riding,
      startDate: fields.start_date,
      endDate: fields.end_date,
    });
  }
  return terms;
}
