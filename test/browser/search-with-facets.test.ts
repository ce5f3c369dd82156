import { expect, test } from "vitest";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { eventually } from "./read";

const browser = useBrowser();

type SearchPage = Schema<"SearchPage">;

const PAGE_SIZE = 20;

test("a citizen searches a phrase from the home page and narrows the results to one party", async () => {
  const phrase = '"climate change"';
  const everything = await api<SearchPage>(`/search?q=${encodeURIComponent(phrase)}&limit=${PAGE_SIZE}`);
  const ndpFacet = everything.facets.party.find((f) => f.value === "ndp");
  expect(ndpFacet?.count).toBeGreaterThan(0);
  const ndp = await api<SearchPage>(`/search?q=${encodeURIComponent(phrase)}&party=ndp&limit=${PAGE_SIZE}`);
  expect(ndp.pagination.total).toBe(ndpFacet!.count);

  const latestVotes = await api<Schema<"VotePage">>("/votes?limit=5");

  // The citizen starts on the home page, which shows what Parliament voted on last.
  const { page, open, screenshot } = await browser.visitor();
  await open("/");
  const votes = page.getByRole("region", { name: "Latest votes" });
  await eventually(() => votes.getByRole("listitem").getByRole("link").allInnerTexts()).toEqual(latestVotes.data.map((v) => `Division No. ${v.number}`));
  await screenshot("home");
  const search = page.getByRole("search", { name: "Search what was said" });
  // The search box completes as one types (a combobox); the phrase is searched as typed.
  await search.getByRole("combobox", { name: "Words or phrases" }).fill(phrase);
  await search.getByRole("button", { name: "Search" }).click();

  await page.getByRole("heading", { level: 1, name: `Search: ${phrase}` }).waitFor();
  const results = page.getByRole("list", { name: `${everything.pagination.total} results for “${phrase}”` });
  await eventually(() => results.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(everything.data.map((r) => r.title));
  // The phrase is highlighted in what each result quotes.
  expect(await results.locator("mark").first().innerText()).toMatch(/^climate change$/i);
  await screenshot("search");

  const facets = page.getByRole("complementary", { name: "Refine the results" });
  await facets
    .getByRole("region", { name: "Party" })
    .getByRole("link", { name: `${ndpFacet!.label} (${ndpFacet!.count})` })
    .click();
  await page.waitForURL(/[?&]party=ndp\b/);
  const narrowed = page.getByRole("list", { name: `${ndp.pagination.total === 1 ? "1 result" : `${ndp.pagination.total} results`} for “${phrase}”` });
  await eventually(() => narrowed.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual(ndp.data.map((r) => r.title));
  // The party in force stays listed as selected, with a way to remove every filter.
  await facets
    .getByRole("region", { name: "Party" })
    .getByRole("link", { name: /\bNDP\b.*\bselected\b/ })
    .waitFor();
  await facets.getByRole("link", { name: "Remove all filters" }).waitFor();
  await screenshot("search-ndp");
});
