/// <reference path="../workers/etl/src/parsers/common-papaparse.d.ts" />
import Papa from "papaparse/papaparse.min.js";
import { beforeAll, describe, expect, it } from "vitest";
import { chart } from "./charts-fixture";
import { expectBadRequest, expectNotFound } from "./fixtures/civic-api";
import { gateway } from "./helpers";
import { CORPUS_TIMEOUT_MS, loadCorpus } from "./search-corpus";

/**
 * `/charts/{kind}.csv`: the same numbers as `/charts/{kind}` (its `data.rows`), as CSV a
 * spreadsheet opens, read back here with a CSV parser of its own.
 */

beforeAll(loadCorpus, CORPUS_TIMEOUT_MS);

/** A cell as the JSON holds it: CSV has only text, with null as an empty cell. */
const asCsv = (value: unknown) => (value === null ? "" : String(value));

describe("the CSV twin of every kind", () => {
  it.each([
    ["vote-by-party", "session=41-2&number=140", "vote-by-party-41-2-140.csv", ["party", "label_en", "label_fr", "yea", "nay", "paired", "total"]],
    ["bills-by-stage", "session=44-1", "bills-by-stage-44-1.csv", ["stage", "label_en", "label_fr", "bills"]],
    ["member-activity", "member=nathan-cullen", "member-activity-nathan-cullen.csv", ["month", "statements", "ballots"]],
    [
      "party-cohesion",
      "session=41-2",
      "party-cohesion-41-2.csv",
      ["division", "date", "party", "label_en", "label_fr", "yea", "nay", "paired", "voting", "with_majority", "cohesion"],
    ],
    ["mentions-over-time", `q=${encodeURIComponent('"Carbon tax" Économie')}`, "mentions-over-time-carbon-tax-economie.csv", ["month", "statements"]],
  ])("%s: same rows, a header row, an attachment name", async (kind, query, filename, columns) => {
    const response = await gateway(`/api/v1/charts/${kind}.csv?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${filename}"`);
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe(columns.join(","));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(columns);

    const { data } = await chart(`${kind}?${query}`);
    expect(parsed.data).toEqual(data.rows.map((row) => Object.fromEntries(columns.map((c) => [c, asCsv(row[c])]))));
  });

  it("keeps a header row when there are no rows", async () => {
    const text = await (await gateway("/api/v1/charts/mentions-over-time.csv?q=zqxjnothingmatchesthis")).text();
    expect(text).toBe("month,statements");
  });

  it("validates its parameters as the JSON chart does", async () => {
    await expectBadRequest("/api/v1/charts/vote-by-party.csv?session=41&number=x", ["query.session", "query.number"]);
    await expectNotFound("/api/v1/charts/vote-by-party.csv?session=41-2&number=9999", "No vote 9999 in session 41-2.");
  });
});
