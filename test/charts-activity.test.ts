import { beforeAll, describe, expect, it } from "vitest";
import { ChartConfigSchema } from "../workers/charts/src/chart-config";
import { allPages, chart, perMonth } from "./charts-fixture";
import { getJson, type Page } from "./fixtures/civic-api";
import { CORPUS_TIMEOUT_MS, loadCorpus } from "./search-corpus";
import type { Schema } from "../web/src/api/operations";

/**
 * `bills-by-stage` and `member-activity` over the real corpus, checked against what the
 * parliament service lists for the same session and member.
 */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

/** The total a parliament list reports for a query. */
async function total(path: string): Promise<number> {
  const { pagination } = await getJson<Page<unknown>>(`${path}${path.includes("?") ? "&" : "?"}limit=1`);
  expect(pagination.total, path).not.toBeNull();
  return pagination.total!;
}

describe("bills-by-stage", () => {
  it.each(["41-2", "44-1"])("counts %s's bills per stage as /bills?session=&status= does, adding up to all of them", async (session) => {
    const { data, chart: config } = await chart<Schema<"ChartBillsByStageData">>(`bills-by-stage?session=${session}`);
    expect(data.session.code).toBe(session);
    const all = await total(`/api/v1/bills?session=${session}`);
    expect(data.total).toBe(all);
    expect(data.rows.reduce((sum, r) => sum + (r.bills as number), 0)).toBe(all);
    expect((await getJson<Schema<"SessionDetail">>(`/api/v1/sessions/${session}`)).counts.bills).toBe(all);
    let staged = 0;
    for (const row of data.rows.filter((r) => r.stage !== null)) {
      expect(row.bills, String(row.stage)).toBe(await total(`/api/v1/bills?session=${session}&status=${row.stage}`));
      staged += row.bills as number;
    }
    const unstaged = data.rows.find((r) => r.stage === null);
    expect(unstaged?.bills ?? 0).toBe(all - staged);
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    expect(config.data.datasets[0]!.data).toEqual(data.rows.map((r) => r.bills));
  });
});

describe("member-activity", () => {
  type Activity = Schema<"ChartMemberActivityData">;

  it("counts the member's statements and votes per month, as their /members pages list them", async () => {
    const { title, data, chart: config } = await chart<Activity>("member-activity?member=nathan-cullen");
    expect(data.member).toMatchObject({ slug: "nathan-cullen", name: "Nathan Cullen" });
    expect(title.en).toBe("Nathan Cullen: statements and votes per month");

    const statements = await allPages<Schema<"MemberStatement">>("/api/v1/members/nathan-cullen/statements");
    const votes = await allPages<Schema<"MemberBallot">>("/api/v1/members/nathan-cullen/votes");
    expect(data.totals).toEqual({ statements: statements.length, ballots: votes.length });
    expect(statements.length).toBeGreaterThan(0);
    expect(votes.length).toBeGreaterThan(0);

    const said = perMonth(statements.map((s) => s.date));
    const voted = perMonth(votes.map((v) => v.date));
    for (const row of data.rows) {
      expect(row.statements, String(row.month)).toBe(said.get(row.month as string) ?? 0);
      expect(row.ballots, String(row.month)).toBe(voted.get(row.month as string) ?? 0);
    }
    // Every month from the first to the last, quiet ones as zeros.
    const months = data.rows.map((r) => r.month as string);
    expect(months[0]).toBe([...said.keys(), ...voted.keys()].sort()[0]);
    expect(months.at(-1)).toBe([...said.keys(), ...voted.keys()].sort().at(-1));
    for (let i = 1; i < months.length; i++) {
      const [y, m] = months[i - 1]!.split("-").map(Number);
      expect(months[i]).toBe(m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, "0")}`);
    }
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    expect(config.data.labels).toEqual(months);
    expect(config.data.datasets.map((d) => d.data)).toEqual([data.rows.map((r) => r.statements), data.rows.map((r) => r.ballots)]);
  });

  it("finds the member by House id as by slug, as the parliament service does", async () => {
    const member = await getJson<{ id: number | null; slug: string }>("/api/v1/members/nathan-cullen");
    const byHansardId = await chart<Activity>("member-activity?member=128759");
    const bySlug = await chart<Activity>("member-activity?member=nathan-cullen");
    expect(byHansardId.data).toEqual(bySlug.data);
    expect(bySlug.data.member.id).toBe(member.id);
    if (member.id !== null) expect((await chart<Activity>(`member-activity?member=${member.id}`)).data).toEqual(bySlug.data);
  });
});
