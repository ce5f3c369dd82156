import { completeness, type UnknownList } from "./completeness";
import type { SourceDefinition } from "./sources";

type Status = "pass" | "warn" | "fail";
interface Check {
  check: string;
  status: Status;
  detail: string;
  measured: Record<string, unknown>;
}

/**
 * Data-quality checks after each run, stored with the run and reported by `/etl/runs/{id}`.
 * They look at the whole dataset, not only the run's rows, because what matters is what the API
 * serves: every ballot's member exists, each division's ballots add up to the totals the Hansard
 * printed, statements are linked to the members the source names, both languages are filled where
 * the source has both, and the dataset is fresh. Loads that make members, terms and ballots also
 * count what is still unknown (see completeness.ts) and list each case.
 */
export async function runQualityChecks(env: Env, runId: string, source: SourceDefinition): Promise<void> {
  const checks: Check[] = [];
  if (source.format === "hansard-xml") {
    checks.push(await ballotsHaveMembers(env), await divisionTotalsMatch(env), await statementsLinked(env), await bilingualFilled(env));
  }
  if (UNKNOWN_CHECKS[source.format]) checks.push(...(await unknownChecks(env, UNKNOWN_CHECKS[source.format]!)));
  checks.push(await freshness(env, source));
  const insert = env.PLATFORM.prepare(
    'INSERT INTO etl_quality_checks (run_id, "check", status, detail, measured) VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, "check") DO UPDATE SET status = excluded.status, detail = excluded.detail, measured = excluded.measured',
  );
  await env.PLATFORM.batch(checks.map((c) => insert.bind(runId, c.check, c.status, c.detail, JSON.stringify(c.measured))));
}

async function ballotsHaveMembers(env: Env): Promise<Check> {
  const row = (await env.CIVIC.prepare(
    "SELECT count(*) AS ballots, sum(CASE WHEN m.id IS NULL THEN 1 ELSE 0 END) AS orphans FROM ballots b LEFT JOIN members m ON m.id = b.member_id",
  ).first<{ ballots: number; orphans: number | null }>())!;
  const orphans = row.orphans ?? 0;
  return {
    check: "ballot_members_exist",
    status: orphans === 0 ? "pass" : "fail",
    detail: orphans === 0 ? `All ${row.ballots} ballots belong to known members.` : `${orphans} of ${row.ballots} ballots name no known member.`,
    measured: { ballots: row.ballots, orphans },
  };
}

async function divisionTotalsMatch(env: Env): Promise<Check> {
  const { results } = await env.CIVIC.prepare(
    `SELECT d.session_code AS session, d.number,
       d.yea_total, d.nay_total, d.paired_total,
       sum(CASE WHEN b.ballot = 'yea' THEN 1 ELSE 0 END) AS yeas,
       sum(CASE WHEN b.ballot = 'nay' THEN 1 ELSE 0 END) AS nays,
       sum(CASE WHEN b.ballot = 'paired' THEN 1 ELSE 0 END) AS paired
     FROM divisions d LEFT JOIN ballots b ON b.division_id = d.id
     GROUP BY d.id`,
  ).all<{
    session: string;
    number: number;
    yea_total: number;
    nay_total: number;
    paired_total: number;
    yeas: number | null;
    nays: number | null;
    paired: number | null;
  }>();
  const mismatched = results.filter((d) => (d.yeas ?? 0) !== d.yea_total || (d.nays ?? 0) !== d.nay_total || (d.paired ?? 0) !== d.paired_total);
  return {
    check: "division_totals_match_ballots",
    status: mismatched.length === 0 ? "pass" : "fail",
    detail:
      mismatched.length === 0
        ? `Every one of ${results.length} divisions has ballots adding up to its printed totals.`
        : `${mismatched.length} of ${results.length} divisions differ from their printed totals: ${mismatched
            .slice(0, 5)
            .map(
              (d) =>
                `${d.session} #${d.number} (${d.yeas ?? 0}/${d.nays ?? 0}/${d.paired ?? 0} counted, ${d.yea_total}/${d.nay_total}/${d.paired_total} printed)`,
            )
            .join("; ")}`,
    measured: { divisions: results.length, mismatched: mismatched.map((d) => `${d.session}/${d.number}`) },
  };
}

async function statementsLinked(env: Env): Promise<Check> {
  const row = (await env.CIVIC.prepare(
    "SELECT count(*) AS with_id, sum(CASE WHEN member_id IS NOT NULL THEN 1 ELSE 0 END) AS linked FROM statements WHERE speaker_db_id IS NOT NULL",
  ).first<{ with_id: number; linked: number | null }>())!;
  const linked = row.linked ?? 0;
  const share = row.with_id ? linked / row.with_id : 1;
  return {
    check: "statements_linked_to_members",
    // Witnesses and officials carry ids too but are not members, so a few unlinked are expected.
    status: share >= 0.9 ? "pass" : share >= 0.5 ? "warn" : "fail",
    detail: `${linked} of ${row.with_id} statements whose source names a speaker id are linked to a member (${(share * 100).toFixed(1)}%).`,
    measured: { with_speaker_id: row.with_id, linked, share },
  };
}

async function bilingualFilled(env: Env): Promise<Check> {
  const row = (await env.CIVIC.prepare(
    `SELECT count(*) AS statements,
       sum(CASE WHEN s.text_en IS NOT NULL AND s.text_en != '' AND s.text_fr IS NOT NULL AND s.text_fr != '' THEN 1 ELSE 0 END) AS both
     FROM statements s JOIN documents d ON d.id = s.document_id
     WHERE d.source_id_en IS NOT NULL AND d.source_id_fr IS NOT NULL`,
  ).first<{ statements: number; both: number | null }>())!;
  const both = row.both ?? 0;
  const share = row.statements ? both / row.statements : 1;
  return {
    check: "bilingual_fields_filled",
    status: share >= 0.95 ? "pass" : share >= 0.5 ? "warn" : "fail",
    detail: `${both} of ${row.statements} statements in documents published in both languages have both texts.`,
    measured: { statements: row.statements, both, share },
  };
}

async function freshness(env: Env, source: SourceDefinition): Promise<Check> {
  const row = await env.PLATFORM.prepare("SELECT max(finished_at) AS last FROM etl_runs WHERE source = ? AND status IN ('succeeded', 'partial')")
    .bind(source.name)
    .first<{ last: string | null }>();
  const ageHours = row?.last ? (Date.now() - Date.parse(row.last)) / 3_600_000 : null;
  const fresh = ageHours !== null && ageHours <= source.refreshHours;
  return {
    check: "freshness",
    status: fresh ? "pass" : "warn",
    detail:
      ageHours === null
        ? `${source.name} has never loaded successfully.`
        : `${source.name} last loaded ${ageHours.toFixed(1)} h ago (refreshed every ${source.refreshHours} h).`,
    measured: { last_success_at: row?.last ?? null, age_hours: ageHours, refresh_hours: source.refreshHours },
  };
}

/** Which of the completeness report's lists each kind of load is checked against. */
const UNKNOWN_CHECKS: Partial<Record<SourceDefinition["format"], readonly string[]>> = {
  "hansard-xml": ["ballots_without_party", "members_known_by_surname_only", "statements_without_member", "bills_without_titles", "terms_without_riding"],
  "ourcommons-members": [
    "ballots_without_party",
    "ambiguous_identities",
    "members_known_by_surname_only",
    "terms_without_riding",
    "terms_without_party",
    "terms_with_inferred_end",
  ],
  "lipad-members": [
    "ballots_without_party",
    "ambiguous_identities",
    "members_known_by_surname_only",
    "terms_without_riding",
    "terms_without_party",
    "terms_with_inferred_end",
  ],
};

/**
 * Share of records above which a list fails its check rather than warning. Votes by party are
 * what the data is for: more than one ballot in a hundred without a party is a failed load. The
 * other lists are what the sources do not say (a bill no sitting reads, a role rather than a
 * member speaking), and warn.
 */
const FAIL_ABOVE: Record<string, number> = { ballots_without_party: 0.01 };

/** Items kept with a run's check; the full list is at `/etl/quality`. */
const LISTED = 20;

/** What is still unknown, as checks: none passes; otherwise each case is listed with why. */
async function unknownChecks(env: Env, wanted: readonly string[]): Promise<Check[]> {
  const report = await completeness(env.CIVIC, LISTED);
  const lists = new Map<string, { list: UnknownList; records: number }>();
  for (const d of report) for (const list of d.unknown) lists.set(list.check, { list, records: d.records });
  return wanted.map((name) => {
    const { list, records } = lists.get(name)!;
    const share = records ? list.count / records : 0;
    const shown = list.items
      .slice(0, 5)
      .map((i) => i.subject)
      .join("; ");
    return {
      check: name,
      status: list.count === 0 ? "pass" : share > (FAIL_ABOVE[name] ?? 1) ? "fail" : "warn",
      detail:
        list.count === 0
          ? `None of ${records} records.`
          : `${list.count} (of ${records} records): ${shown}${list.items.length > 5 ? "; …" : ""}. Each is listed with why at /api/v1/etl/quality.`,
      measured: { count: list.count, records, items: list.items },
    };
  });
}
