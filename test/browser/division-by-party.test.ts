import { expect, test } from "vitest";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { bodyRows, column, definitionOf, eventually, paintedPixels } from "./read";

const browser = useBrowser();

test("a citizen opens a division, sees how each party voted and filters the ballots by party", async () => {
  const session = "44-1";
  const [latest] = (await api<Schema<"VotePage">>(`/votes?session=${session}&limit=1`)).data;
  const division = await api<Schema<"VoteDetail">>(`/votes/${session}/${latest!.number}`);
  const chart = await api<Schema<"ChartVoteByParty">>(`/charts/vote-by-party?session=${session}&number=${division.number}`);
  const chartTitle = typeof chart.title === "string" ? chart.title : chart.title.en;
  const ballots = await api<Schema<"BallotPage">>(`/votes/${session}/${division.number}/ballots?limit=1`);
  const ndp = await api<Schema<"BallotPage">>(`/votes/${session}/${division.number}/ballots?party=ndp&limit=200`);
  expect(ndp.pagination.total).toBeGreaterThan(0);

  const { page, open, screenshot } = await browser.visitor();
  await open(`/votes?session=${session}`);
  await page.getByRole("heading", { level: 1, name: "Votes" }).waitFor();
  await page
    .getByRole("table", { name: "Recorded divisions" })
    .getByRole("link", { name: `No. ${division.number} (${session})` })
    .click();

  await page.getByRole("heading", { level: 1, name: `Division No. ${division.number}` }).waitFor();
  expect(await definitionOf(page, "Votes cast")).toBe(`${division.yea_total} yea, ${division.nay_total} nay, ${division.paired_total} paired`);

  // The chart is a canvas drawn by Chart.js, named for screen readers after the chart's title.
  const canvas = page.getByRole("img", { name: `${chartTitle}. The same data is in the table that follows.` });
  await canvas.waitFor();
  expect(await canvas.evaluate((el) => el.tagName)).toBe("CANVAS");
  await eventually(() => paintedPixels(canvas)).toBeGreaterThan(1_000);

  const byParty = page.getByRole("table", { name: "Ballots by party" });
  expect(await column(byParty, "Party")).toEqual(division.parties.map((p) => p.party?.name_en ?? "No party"));
  expect(await column(byParty, "Total")).toEqual(division.parties.map((p) => String(p.yea + p.nay + p.paired)));

  const table = page.getByRole("table", { name: `Ballots in division ${division.number}` });
  const firstPage = Math.min(200, ballots.pagination.total!);
  await eventually(() => bodyRows(table).count()).toBe(firstPage);
  await page
    .getByRole("paragraph")
    .filter({ hasText: `Showing ${firstPage} of ${ballots.pagination.total}` })
    .waitFor();
  await screenshot("division");

  await page.getByRole("combobox", { name: "Party" }).selectOption({ label: ndp.data[0]!.party!.short_name_en });
  await page.getByRole("button", { name: "Show ballots" }).click();
  await page.waitForURL(/[?&]party=ndp\b/);
  await eventually(() => column(table, "Member")).toEqual(ndp.data.map((b) => b.name));
  expect(new Set(await column(table, "Party"))).toEqual(new Set([ndp.data[0]!.party!.short_name_en]));
  expect(await column(table, "Ballot")).toEqual(ndp.data.map((b) => ({ yea: "Yea", nay: "Nay", paired: "Paired" })[b.ballot]));
  await screenshot("division-ndp-ballots");
});
