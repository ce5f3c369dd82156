import { env } from "cloudflare:test";
import { expect } from "vitest";
import { gateway } from "./helpers";
import type { Schema } from "../web/src/api/operations";

/**
 * Helpers the charts tests share: reading a chart through the gateway, and a small session of
 * their own (95-1, ids 95xxxx, slugs `t95-…`, which no other test or dataset uses) whose every
 * number is known in advance, for the checks done by hand and for changing data under a cached
 * chart. The real corpus is loaded by test/search-corpus.ts.
 */

/** A chart as the charts service answers it (`ChartVoteByParty`… of the OpenAPI document), its data as the test reads it. */
export interface Chart<D = Record<string, unknown>> {
  kind: Schema<"SavedChart">["kind"];
  title: Schema<"ChartText">;
  data: D & { rows: Record<string, string | number | null>[] };
  chart: Schema<"ChartConfig">;
}

/** A chart read through the gateway, expecting 200. */
export async function chart<D = Record<string, unknown>>(path: string, init?: RequestInit): Promise<Chart<D>> {
  const response = await gateway(`/api/v1/charts/${path}`, init);
  if (response.status !== 200) throw new Error(`GET /api/v1/charts/${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Chart<D>;
}

/** Every row of a parliament list, following cursors. */
export async function allPages<T>(path: string): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const join = path.includes("?") ? "&" : "?";
    const response = await gateway(`${path}${join}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(response.status, path).toBe(200);
    const page = (await response.json()) as { data: T[]; pagination: Schema<"Pagination"> };
    rows.push(...page.data);
    cursor = page.pagination.next_cursor;
  } while (cursor);
  return rows;
}

/** `YYYY-MM` counts of a list of dated things. */
export function perMonth(dates: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  return counts;
}

// --- Sessions of the tests' own -----------------------------------------------------------------

/**
 * A session whose every number is known: `seedSession(95)` writes session 95-1 with ids 95xxxx
 * and slugs `t95-…`, which no other test or dataset uses (another parliament number gives
 * another such set, so two files can each change their own). Its division 1: Red votes 3 yea,
 * 1 nay, 1 paired; Blue 2 nay; a member of no known party yea. Division 2: Red all yea; Blue
 * splits 1–1; the member of no known party nay. Its four bills: two at second reading, one with
 * royal assent, one with no stage recorded.
 */
export interface TestSession {
  code: string;
  red: string;
  blue: string;
  /** Primary key of division `n` (1 or 2). */
  division: (n: number) => number;
  /** Primary key of member `n` (1–8, as listed above). */
  member: (n: number) => number;
}

type Row = Record<string, string | number | null>;

const MEMBERS: [name: string, party: "red" | "blue" | null, first: string, second: string | null][] = [
  ["Ada Chartwell", "red", "yea", "yea"],
  ["Bram Chartwell", "red", "yea", "yea"],
  ["Cleo Chartwell", "red", "yea", "yea"],
  ["Dov Chartwell", "red", "nay", "yea"],
  ["Eve Chartwell", "red", "paired", null],
  ["Fay Chartwell", "blue", "nay", "yea"],
  ["Gus Chartwell", "blue", "nay", "nay"],
  ["Hal Chartwell", null, "yea", "nay"],
];

const BILL_STATUSES: (string | null)[] = ["second_reading", "second_reading", "royal_assent", null];

function insert(table: string, row: Row): D1PreparedStatement {
  const columns = Object.keys(row);
  return env.CIVIC.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).bind(...Object.values(row));
}

export function testSession(parliament: number): TestSession {
  const base = parliament * 10_000;
  return {
    code: `${parliament}-1`,
    red: `t${parliament}-red`,
    blue: `t${parliament}-blue`,
    division: (n) => base + n,
    member: (n) => base + n,
  };
}

export async function seedSession(parliament: number): Promise<TestSession> {
  const t = testSession(parliament);
  const party = { red: parliament * 100 + 1, blue: parliament * 100 + 2 };
  const source = "test";
  await env.CIVIC.batch([
    insert("sessions", {
      code: t.code,
      parliament_number: parliament,
      session_number: 1,
      name_en: `${parliament}th Parliament, 1st Session`,
      name_fr: `${parliament}e législature, 1re session`,
      source,
    }),
    insert("parties", {
      id: party.red,
      slug: t.red,
      name_en: "Red Test Party",
      name_fr: "Parti rouge d'essai",
      short_name_en: "Red",
      short_name_fr: "Rouge",
      source,
    }),
    insert("parties", {
      id: party.blue,
      slug: t.blue,
      name_en: "Blue Test Party",
      name_fr: "Parti bleu d'essai",
      short_name_en: "Blue",
      short_name_fr: "Bleu",
      source,
    }),
    ...MEMBERS.flatMap(([name, side], i) => [
      insert("members", {
        id: t.member(i + 1),
        slug: `t${parliament}-${name.toLowerCase().replace(" ", "-")}`,
        name,
        name_family: name.split(" ")[1]!,
        source,
      }),
      // Terms, so the ETL settling ballots' parties from terms leaves these as they are.
      ...(side === null
        ? []
        : [insert("member_terms", { id: t.member(i + 1), member_id: t.member(i + 1), party_id: party[side], start_date: `20${parliament}-01-01`, source })]),
    ]),
    insert("divisions", {
      id: t.division(1),
      session_code: t.code,
      number: 1,
      date: `20${parliament}-03-01`,
      description_en: "Second reading of Bill C-1",
      description_fr: "Deuxième lecture du projet de loi C-1",
      result: "passed",
      yea_total: 4,
      nay_total: 3,
      paired_total: 1,
      source,
    }),
    insert("divisions", {
      id: t.division(2),
      session_code: t.code,
      number: 2,
      date: `20${parliament}-03-02`,
      description_en: "Third reading of Bill C-1",
      description_fr: "Troisième lecture du projet de loi C-1",
      result: "passed",
      yea_total: 5,
      nay_total: 2,
      paired_total: 0,
      source,
    }),
    ...MEMBERS.flatMap(([, side, first, second], i) => [
      insert("ballots", { division_id: t.division(1), member_id: t.member(i + 1), ballot: first, party_id: side && party[side] }),
      ...(second === null
        ? []
        : [insert("ballots", { division_id: t.division(2), member_id: t.member(i + 1), ballot: second, party_id: side && party[side] })]),
    ]),
    ...BILL_STATUSES.map((status, i) =>
      insert("bills", { id: t.division(1) + i, session_code: t.code, number: `C-${i + 1}`, number_only: i + 1, originating_chamber: "house", status, source }),
    ),
  ]);
  return t;
}

/** Removes what `seedSession` wrote, so the tests' parties and members do not linger in lists. */
export async function removeSession(parliament: number): Promise<void> {
  const t = testSession(parliament);
  const [first, last] = [t.member(1), t.member(99)];
  await env.CIVIC.batch([
    env.CIVIC.prepare("DELETE FROM ballots WHERE division_id IN (SELECT id FROM divisions WHERE session_code = ?)").bind(t.code),
    env.CIVIC.prepare("DELETE FROM divisions WHERE session_code = ?").bind(t.code),
    env.CIVIC.prepare("DELETE FROM bills WHERE session_code = ?").bind(t.code),
    env.CIVIC.prepare("DELETE FROM member_terms WHERE member_id BETWEEN ? AND ?").bind(first, last),
    env.CIVIC.prepare("DELETE FROM members WHERE id BETWEEN ? AND ?").bind(first, last),
    env.CIVIC.prepare("DELETE FROM parties WHERE slug IN (?, ?)").bind(t.red, t.blue),
    env.CIVIC.prepare("DELETE FROM sessions WHERE code = ?").bind(t.code),
  ]);
}
