import { beforeAll, describe, expect, it } from "vitest";
import { ChartConfigSchema } from "../workers/charts/src/chart-config";
import { allPages, chart } from "./charts-fixture";
import { CORPUS_TIMEOUT_MS, loadCorpus } from "./search-corpus";
import { getJson } from "./fixtures/civic-api";
import type { Schema } from "../web/src/api/operations";

/**
 * `vote-by-party` and `party-cohesion` over the real divisions (the 41-2 Hansard files loaded
 * through the ETL), checked against the parliament service's own division breakdown and against
 * the ballots themselves. Many ballots there belong to members whose party the sources do not
 * give: they must be counted, as the `Unknown party` row.
 */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

const SESSION = "41-2";

type Division = Schema<"VoteDetail">;
type Tally = Division["counted"];
type Ballot = Schema<"Ballot">;
type PartyRow = Schema<"ChartPartyBallots">;

async function divisionNumbers(): Promise<number[]> {
  const votes = await allPages<Schema<"Vote">>(`/api/v1/votes?session=${SESSION}`);
  expect(votes.length).toBeGreaterThan(1);
  return votes.map((v) => v.number).sort((a, b) => a - b);
}

describe("vote-by-party over the real divisions", () => {
  it("counts, for every division, what /votes/{session}/{number} counts per party, and every ballot", async () => {
    for (const number of await divisionNumbers()) {
      const division = await getJson<Division>(`/api/v1/votes/${SESSION}/${number}`);
      const { data } = await chart<Schema<"ChartVoteByPartyData">>(`vote-by-party?session=${SESSION}&number=${number}`);
      const rows = data.rows as unknown as PartyRow[];
      const expected = new Map(division.parties.map((p) => [p.party?.slug ?? null, { yea: p.yea, nay: p.nay, paired: p.paired }]));
      expect(new Map(rows.map((r) => [r.party, { yea: r.yea, nay: r.nay, paired: r.paired }])), `division ${number}`).toEqual(expected);
      for (const row of rows) expect(row.total).toBe(row.yea + row.nay + row.paired);
      expect(data.totals).toEqual({ ...division.counted, total: division.counted.yea + division.counted.nay + division.counted.paired });
      // The ETL loads a division only when its ballots add up to the printed totals.
      expect(data.totals.total).toBe(division.yea_total + division.nay_total + division.paired_total);
    }
  });

  it("shows the ballots of members with no known party as the last group, with its count, in both languages", async () => {
    // Erin O'Toole left the House before the 44th Parliament's roster was taken: his ballot's party is not stated.
    const { data, chart: config } = await chart("vote-by-party?session=44-1&number=333");
    const unknown = data.rows.at(-1) as unknown as PartyRow;
    expect(unknown).toMatchObject({ party: null, label_en: "Unknown party", label_fr: "Parti inconnu", total: 1 });
    expect(data.rows.filter((r) => r.party === null)).toHaveLength(1);
    expect(config.data.labels.at(-1)).toBe("Unknown party");
    expect((await chart("vote-by-party?session=44-1&number=333&lang=fr")).chart.data.labels.at(-1)).toBe("Parti inconnu");
  });

  it("has no unknown group where every ballot's party is stated", async () => {
    const { data } = await chart(`vote-by-party?session=${SESSION}&number=140`);
    expect(data.rows.filter((r) => r.party === null)).toEqual([]);
  });

  it("matches the ballots of one division, member by member", async () => {
    const ballots = await allPages<Ballot>(`/api/v1/votes/${SESSION}/140/ballots`);
    const { data } = await chart(`vote-by-party?session=${SESSION}&number=140`);
    const counted = new Map<string | null, Tally>();
    for (const b of ballots) {
      const tally = counted.get(b.party?.slug ?? null) ?? { yea: 0, nay: 0, paired: 0 };
      tally[b.ballot]++;
      counted.set(b.party?.slug ?? null, tally);
    }
    const rows = data.rows as unknown as PartyRow[];
    expect(new Map(rows.map((r) => [r.party, { yea: r.yea, nay: r.nay, paired: r.paired }]))).toEqual(counted);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(ballots.length);
  });

  it("is a valid Chart.js bar config whose datasets hold the rows' counts", async () => {
    const { data, chart: config } = await chart(`vote-by-party?session=${SESSION}&number=205`);
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    expect(config.data.labels).toEqual(data.rows.map((r) => r.label_en));
    expect(config.data.datasets.map((d) => d.data)).toEqual(["yea", "nay", "paired"].map((b) => data.rows.map((r) => r[b])));
  });
});

describe("party-cohesion over the real divisions", () => {
  it("lists every division of the session, with shares between 0 and 1", async () => {
    const { data, chart: config } = await chart<Schema<"ChartPartyCohesionData">>(`party-cohesion?session=${SESSION}`);
    expect(data.divisions.map((d) => d.number)).toEqual(await divisionNumbers());
    expect(data.rows.length).toBeGreaterThan(0);
    for (const row of data.rows) {
      const cohesion = row.cohesion as number | null;
      if (cohesion === null) expect(row.voting).toBe(0);
      else {
        expect(cohesion).toBeGreaterThanOrEqual(0.5);
        expect(cohesion).toBeLessThanOrEqual(1);
      }
    }
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    for (const dataset of config.data.datasets) {
      expect(dataset.data).toHaveLength(data.divisions.length);
      for (const value of dataset.data) if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
    }
  });

  it("is computed, for one division, as a count of its ballots by hand gives it", async () => {
    const ballots = await allPages<Ballot>(`/api/v1/votes/${SESSION}/205/ballots`);
    const byParty = new Map<string, Tally>();
    let outside = 0;
    for (const b of ballots) {
      // No party line: members of no known party, and independents.
      if (!b.party || b.party.slug === "ind") {
        outside++;
        continue;
      }
      const tally = byParty.get(b.party.slug) ?? { yea: 0, nay: 0, paired: 0 };
      tally[b.ballot]++;
      byParty.set(b.party.slug, tally);
    }
    const { data } = await chart<Schema<"ChartPartyCohesionData">>(`party-cohesion?session=${SESSION}`);
    const rows = data.rows.filter((r) => r.division === 205);
    expect(new Set(rows.map((r) => r.party))).toEqual(new Set(byParty.keys()));
    for (const [party, { yea, nay, paired }] of byParty) {
      const row = rows.find((r) => r.party === party)!;
      expect(row, party).toMatchObject({ yea, nay, paired, voting: yea + nay, with_majority: Math.max(yea, nay) });
      expect(row.cohesion, party).toBeCloseTo(Math.max(yea, nay) / (yea + nay), 12);
    }
    expect(data.divisions.find((d) => d.number === 205)!.ballots_outside_parties).toBe(outside);
  });
});
