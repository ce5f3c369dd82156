import { expect, test } from "vitest";
import { account, signIn } from "./accounts";
import type { Answer, Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { bodyRows, definitionOf, eventually } from "./read";

const browser = useBrowser();

const STATUS = { running: "Running", succeeded: "Succeeded", partial: "Partly failed", failed: "Failed" } as const;
const number = (n: number) => n.toLocaleString("en-CA");

test("an admin opens the ETL runs page, sees each source with its record count and every run of the data load, and filters the runs", async () => {
  const admin = await account("etl", { admin: true });
  const token = (
    await api<Schema<"TokenResponse">>("/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(admin) })
  ).access_token;
  const asAdmin = { headers: { authorization: `Bearer ${token}` } };
  const sources = (await api<Answer<"/api/v1/etl/sources">>("/etl/sources")).data;
  const runs = await api<Answer<"/api/v1/etl/runs">>("/etl/runs?limit=100", asAdmin);
  expect(runs.data.length).toBeGreaterThan(0);

  const visitor = await browser.visitor();
  await signIn(visitor, admin, "/admin/etl");
  const { page, screenshot } = visitor;
  await page.waitForURL(/\/admin\/etl\b/);
  await page.getByRole("heading", { level: 1, name: "ETL runs" }).waitFor();

  const sourceList = page.getByRole("list", { name: "Data sources, with their freshness and last run" });
  await eventually(() => sourceList.getByRole("listitem").count()).toBe(sources.length);
  for (const source of sources) {
    const card = sourceList.getByRole("listitem", { name: source.title });
    expect(await card.getByText(source.name, { exact: true }).count()).toBe(1);
    expect(await definitionOf(card, "Records")).toBe(number(source.record_count));
  }

  // One row per run, newest first, each naming its source, its outcome and how many documents it loaded.
  const runTable = page.getByRole("table", { name: "ETL runs, newest first" });
  await eventually(() => bodyRows(runTable).count()).toBe(runs.data.length);
  const rows = await bodyRows(runTable).allInnerTexts();
  runs.data.forEach((run, i) => {
    expect(rows[i]).toContain(run.source);
    expect(rows[i]).toContain(STATUS[run.status]);
    expect(rows[i]).toContain(`${number(run.documents_done + run.documents_failed)} of ${number(run.documents_total)}`);
  });
  await screenshot("admin-etl-runs");

  const hansard = sources.find((s) => s.name === "hansard-debates")!;
  const hansardRuns = runs.data.filter((r) => r.source === hansard.name);
  await page.getByRole("combobox", { name: "Source" }).selectOption({ label: hansard.title });
  await page.getByRole("button", { name: "Show runs" }).click();
  await page.waitForURL(/[?&]source=hansard-debates\b/);
  await eventually(() => bodyRows(runTable).count()).toBe(hansardRuns.length);
  for (const row of await bodyRows(runTable).allInnerTexts()) expect(row).toContain(hansard.name);
});

test("an admin sees how complete each dataset is: each field's fill and each record still unknown, with the members it could be, in both languages", async () => {
  const admin = await account("etl-quality", { admin: true });
  const report = (await api<Answer<"/api/v1/etl/quality">>("/etl/quality")).data;
  const ballots = report.find((d) => d.dataset === "ballots")!;
  const party = ballots.fields.find((f) => f.field === "party")!;
  const withoutParty = ballots.unknown.find((u) => u.check === "ballots_without_party")!;
  const otoole = withoutParty.items.find((i) => i.subject === "44-1/333 O'Toole")!;
  const erin = otoole.candidates.find((c) => c.name === "Erin O'Toole")!;
  expect(erin).toBeDefined();

  const visitor = await browser.visitor();
  await signIn(visitor, admin, "/admin/etl");
  const { page, screenshot } = visitor;
  await page.getByRole("heading", { level: 1, name: "ETL runs" }).waitFor();

  const section = page.getByRole("region", { name: "Data completeness" });
  const dataset = section.getByRole("region", { name: "Ballots", exact: true });
  await dataset.waitFor();
  expect(await dataset.getByText(`${number(ballots.records)} records`).count()).toBe(1);
  const fields = dataset.getByRole("table", { name: "Fields of Ballots, with how many records fill each" });
  const partyRow = bodyRows(fields).filter({ has: page.getByText("party", { exact: true }) });
  expect(await partyRow.innerText()).toContain(`${number(party.filled)} of ${number(ballots.records)}`);

  // The item is among the first ten, or behind "Show all".
  const check = dataset.getByRole("group", { name: /^Ballots without a party/ });
  expect(await check.getByRole("heading", { level: 4 }).innerText()).toContain(`${number(withoutParty.count)} unknown`);
  if (withoutParty.items.indexOf(otoole) >= 10) await check.getByText(/^Show all /).click();
  const item = check.getByRole("listitem").filter({ hasText: "44-1/333 O'Toole" });
  const candidate = item.getByRole("link", { name: "Erin O'Toole" });
  expect(new URL((await candidate.getAttribute("href"))!, "http://x").pathname).toBe(`/members/${erin.member}`);
  await screenshot("admin-etl-completeness");

  await page.getByRole("button", { name: "Afficher ce site en français" }).click();
  await page.getByRole("heading", { level: 2, name: "Complétude des données" }).waitFor();
  await page.getByRole("region", { name: "Complétude des données" }).getByRole("heading", { level: 3, name: "Votes individuels" }).waitFor();
  await screenshot("admin-etl-completeness-fr");

  // The candidate's link opens that member's page.
  await page.getByRole("region", { name: "Votes individuels", exact: true }).getByRole("link", { name: "Erin O'Toole" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Erin O'Toole" }).waitFor();
});

test("a citizen who opens the ETL runs page is told it is not for them", async () => {
  const citizen = await account("etl");
  const visitor = await browser.visitor();
  await signIn(visitor, citizen, "/admin/etl");
  await visitor.page.getByRole("heading", { level: 1, name: "You do not have access to this page" }).waitFor();
  expect(await visitor.page.getByRole("table", { name: /^ETL runs/ }).count()).toBe(0);
});
