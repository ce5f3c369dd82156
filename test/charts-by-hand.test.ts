import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChartConfigSchema } from "../workers/charts/src/chart-config";
import { chart, removeSession, seedSession, type TestSession } from "./charts-fixture";
import type { Schema } from "../web/src/api/operations";

/**
 * Charts of a small session whose every number is known in advance (see charts-fixture.ts), so
 * each count, share and label is checked against a value worked out by hand.
 */

let t: TestSession;

beforeAll(async () => {
  await removeSession(95);
  t = await seedSession(95);
});

afterAll(() => removeSession(95));

describe("vote-by-party", () => {
  it("counts each party's ballots, with members of no known party as a group of their own", async () => {
    const { kind, title, data, chart: config } = await chart(`vote-by-party?session=${t.code}&number=1`);
    expect(kind).toBe("vote-by-party");
    expect(title).toEqual({
      en: "How each party voted: division 1 (95-1), 2095-03-01",
      fr: "Vote de chaque parti : vote n° 1 (95-1), 2095-03-01",
    });
    expect(data).toEqual({
      division: {
        session: t.code,
        number: 1,
        date: "2095-03-01",
        description_en: "Second reading of Bill C-1",
        description_fr: "Deuxième lecture du projet de loi C-1",
        result: "passed",
        yea_total: 4,
        nay_total: 3,
        paired_total: 1,
      },
      rows: [
        { party: t.red, label_en: "Red", label_fr: "Rouge", yea: 3, nay: 1, paired: 1, total: 5 },
        { party: t.blue, label_en: "Blue", label_fr: "Bleu", yea: 0, nay: 2, paired: 0, total: 2 },
        { party: null, label_en: "Unknown party", label_fr: "Parti inconnu", yea: 1, nay: 0, paired: 0, total: 1 },
      ],
      totals: { yea: 4, nay: 3, paired: 1, total: 8 },
    });
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    expect(config).toMatchObject({
      type: "bar",
      data: {
        labels: ["Red", "Blue", "Unknown party"],
        datasets: [
          { label: "Yea", data: [3, 0, 1] },
          { label: "Nay", data: [1, 2, 0] },
          { label: "Paired", data: [1, 0, 0] },
        ],
      },
      options: {
        plugins: { title: { display: true, text: title.en }, subtitle: { text: "Second reading of Bill C-1" } },
        scales: { x: { stacked: true }, y: { stacked: true } },
      },
    });
  });

  it("draws the chart in French with ?lang=fr or Accept-Language, and says so", async () => {
    for (const init of [{ query: "&lang=fr" }, { query: "", headers: { "accept-language": "fr-CA,fr;q=0.9" } }]) {
      const { title, chart: config } = await chart(`vote-by-party?session=${t.code}&number=1${init.query}`, { headers: init.headers });
      expect(config.options.plugins.title.text).toBe(title.fr);
      expect(config.data.labels).toEqual(["Rouge", "Bleu", "Parti inconnu"]);
      expect(config.data.datasets.map((d) => d.label)).toEqual(["Pour", "Contre", "Pairés"]);
    }
  });
});

describe("party-cohesion", () => {
  it("is the share of each party's voting members who voted with its majority, per division", async () => {
    const { data, chart: config } = await chart<Schema<"ChartPartyCohesionData">>(`party-cohesion?session=${t.code}`);
    const row = (division: number, party: string) => data.rows.find((r) => r.division === division && r.party === party);
    // Division 1: Red 3 yea against 1 nay (the paired member did not vote); Blue 2 nay together.
    expect(row(1, t.red)).toMatchObject({ yea: 3, nay: 1, paired: 1, voting: 4, with_majority: 3, cohesion: 0.75 });
    expect(row(1, t.blue)).toMatchObject({ yea: 0, nay: 2, voting: 2, with_majority: 2, cohesion: 1 });
    // Division 2: Red united; Blue split down the middle.
    expect(row(2, t.red)).toMatchObject({ voting: 4, cohesion: 1 });
    expect(row(2, t.blue)).toMatchObject({ yea: 1, nay: 1, with_majority: 1, cohesion: 0.5 });
    expect(data.rows).toHaveLength(4);
    // The member of no known party has no party line: counted aside in each division.
    expect(data.divisions.map((d) => [d.number, d.ballots_outside_parties])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(data.parties).toEqual([
      { party: t.red, label_en: "Red", label_fr: "Rouge", divisions: 2, mean_cohesion: 0.875 },
      { party: t.blue, label_en: "Blue", label_fr: "Bleu", divisions: 2, mean_cohesion: 0.75 },
    ]);
    expect(ChartConfigSchema.parse(config)).toEqual(config);
    expect(config.type).toBe("line");
    expect(config.data.labels).toEqual(["Division 1 (2095-03-01)", "Division 2 (2095-03-02)"]);
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ["Red", [0.75, 1]],
      ["Blue", [1, 0.5]],
    ]);
    expect(config.options.scales.y).toMatchObject({ min: 0, max: 1 });
  });
});

describe("bills-by-stage", () => {
  it("counts the session's bills at every stage, zeros included, and those with no stage recorded", async () => {
    const { title, data, chart: config } = await chart<Schema<"ChartBillsByStageData">>(`bills-by-stage?session=${t.code}&lang=fr`);
    expect(title.fr).toBe("Projets de loi par étape, 95e législature, 1re session");
    expect(data.total).toBe(4);
    expect(data.rows.map((r) => [r.stage, r.bills])).toEqual([
      ["first_reading", 0],
      ["second_reading", 2],
      ["committee", 0],
      ["report", 0],
      ["third_reading", 0],
      ["senate_amendments", 0],
      ["royal_assent", 1],
      ["defeated", 0],
      ["withdrawn", 0],
      ["other", 0],
      [null, 1],
    ]);
    expect(config.data.labels[1]).toBe("Deuxième lecture");
    expect(config.data.labels.at(-1)).toBe("Aucune étape connue");
    expect(config.data.datasets[0]!.data).toEqual(data.rows.map((r) => r.bills));
  });
});
