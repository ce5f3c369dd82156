import { describe, expect, it } from "vitest";
import { monthlySeries, nextMonth } from "./months";

describe("nextMonth", () => {
  it.each([
    ["2014-06", "2014-07"],
    ["2014-09", "2014-10"],
    ["2014-12", "2015-01"],
    ["0999-12", "1000-01"],
  ])("%s → %s", (month, next) => {
    expect(nextMonth(month)).toBe(next);
  });
});

describe("monthlySeries", () => {
  it("fills every month between the first and the last with zeros, across a new year", () => {
    const counts = new Map([
      ["2014-01", { statements: 2, ballots: 0 }],
      ["2013-11", { statements: 1, ballots: 3 }],
    ]);
    expect(monthlySeries(counts, ["statements", "ballots"] as const)).toEqual([
      { month: "2013-11", statements: 1, ballots: 3 },
      { month: "2013-12", statements: 0, ballots: 0 },
      { month: "2014-01", statements: 2, ballots: 0 },
    ]);
  });

  it("is empty without counts", () => {
    expect(monthlySeries(new Map(), ["statements"] as const)).toEqual([]);
  });
});
