import { expect, test } from "vitest";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { bodyRows, column, definitionOf, eventually } from "./read";

const browser = useBrowser();

const BALLOT = { yea: "Yea", nay: "Nay", paired: "Paired" } as const;

test("a citizen finds a member by name, opens their profile and reads their voting record", async () => {
  // What the citizen types; everything the pages should then show comes from the API.
  const typed = "Ashton";
  const found = await api<Schema<"MemberPage">>(`/members?q=${typed}`);
  expect(found.data).toHaveLength(1);
  const member = found.data[0]!;
  const profile = await api<Schema<"MemberProfile">>(`/members/${member.id}`);
  const record = await api<Schema<"MemberBallotPage">>(`/members/${member.id}/votes?limit=100`);
  expect(record.data.length).toBeGreaterThan(0);

  const { page, open, screenshot } = await browser.visitor();
  await open("/members");
  await page.getByRole("heading", { level: 1, name: "Members of Parliament" }).waitFor();
  await page.getByRole("searchbox", { name: "Name" }).fill(typed);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/[?&]q=Ashton\b/);

  const results = page.getByRole("table", { name: "Members" });
  await eventually(() => column(results, "Name")).toEqual([member.name]);
  await page
    .getByRole("paragraph")
    .filter({ hasText: /^1 result$/ })
    .waitFor();
  await screenshot("members-found");

  await results.getByRole("link", { name: member.name }).click();
  await page.getByRole("heading", { level: 1, name: profile.name }).waitFor();
  expect(page.url()).toContain(`/members/${member.id}`);
  expect(await definitionOf(page, "Riding")).toContain(profile.riding!.name_en);
  expect(await definitionOf(page, "Votes on record")).toBe(String(profile.counts.votes));
  expect(await definitionOf(page, "Statements on record")).toBe(String(profile.counts.statements));

  const votes = page.getByRole("table", { name: `How ${profile.name} voted, latest first` });
  await eventually(() => bodyRows(votes).count()).toBe(record.pagination.total);
  expect(await column(votes, "Division")).toEqual(record.data.map((b) => `No. ${b.number} (${b.session})`));
  expect(await column(votes, "Ballot")).toEqual(record.data.map((b) => BALLOT[b.ballot]));
  await screenshot("member-profile");

  // Narrowing the record to the nays keeps the citizen on the profile, with a shareable URL.
  const nays = await api<Schema<"MemberBallotPage">>(`/members/${member.id}/votes?ballot=nay&limit=100`);
  expect(nays.data.length).toBeGreaterThan(0);
  await page.getByRole("combobox", { name: "Ballot" }).selectOption({ label: "Nay" });
  await page.getByRole("button", { name: "Show votes" }).click();
  await page.waitForURL(/[?&]ballot=nay\b/);
  await eventually(() => column(votes, "Division")).toEqual(nays.data.map((b) => `No. ${b.number} (${b.session})`));
  expect(await column(votes, "Ballot")).toEqual(nays.data.map(() => "Nay"));
});
