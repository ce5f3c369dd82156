import { expect, test } from "vitest";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { eventually } from "./read";

const browser = useBrowser();

const KIND = { member: "Member", bill: "Bill", topic: "Topic" } as const;

/** What the site's search box asks for as one types (ui/suggest.ts): up to 4 of each kind. */
const suggestions = async (typed: string) => (await api<Schema<"Suggestions">>(`/search/suggest?q=${encodeURIComponent(typed)}&limit=4`)).data;

test("a citizen picks a member from the suggestions of the home page's search box with the keyboard", async () => {
  const typed = "ashto";
  const expected = await suggestions(typed);
  const member = expected.findIndex((s) => s.type === "member");
  expect(member).toBeGreaterThanOrEqual(0);
  const profile = await api<Schema<"MemberProfile">>(`/members/${expected[member]!.id}`);

  const { page, open, screenshot } = await browser.visitor();
  await open("/");
  const box = page.getByRole("search", { name: "Search what was said" }).getByRole("combobox", { name: "Words or phrases" });
  await box.pressSequentially(typed);
  const list = page.getByRole("listbox", { name: "Words or phrases" });
  await eventually(() => list.getByRole("option").allInnerTexts()).toEqual(expected.map((s) => expect.stringContaining(s.text)));
  expect(await list.getByRole("option").first().innerText()).toContain(KIND[expected[0]!.type]);
  expect(await box.getAttribute("aria-expanded")).toBe("true");
  await screenshot("suggestions");

  // Down to the member, then Enter: the member's page, not a search.
  for (let i = 0; i <= member; i++) await box.press("ArrowDown");
  const chosen = list.getByRole("option", { selected: true });
  expect(await chosen.innerText()).toContain(expected[member]!.text);
  expect(await box.getAttribute("aria-activedescendant")).toBe(await chosen.getAttribute("id"));
  await box.press("Enter");
  await page.getByRole("heading", { level: 1, name: profile.name }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/members/${encodeURIComponent(expected[member]!.id)}`);
});

test("on the search page, Escape closes the suggestions and Enter searches what was typed; a bill suggestion opens the bill", async () => {
  const typed = "C-6";
  const expected = await suggestions(typed);
  const at = expected.findIndex((s) => s.type === "bill");
  expect(at).toBeGreaterThanOrEqual(0);
  const bill = expected[at];
  const detail = await api<Schema<"BillDetail">>(bill!.url.replace(/^\/api\/v1/, ""));

  const { page, open } = await browser.visitor();
  await open("/search");
  const box = page.getByRole("combobox", { name: "Search for" });
  await box.pressSequentially(typed);
  const list = page.getByRole("listbox", { name: "Search for" });
  await eventually(() => list.getByRole("option").count()).toBe(expected.length);

  await box.press("Escape");
  await list.waitFor({ state: "hidden" });
  expect(await box.getAttribute("aria-expanded")).toBe("false");
  await box.press("Enter");
  await page.getByRole("heading", { level: 1, name: `Search: ${typed}` }).waitFor();

  // Typing again reopens the list; a click on the bill opens its page.
  await box.fill("");
  await box.pressSequentially(typed);
  const option = list.getByRole("option").nth(at);
  expect(await option.innerText()).toContain(bill!.text);
  await option.click();
  await page.waitForURL((url) => url.pathname === `/bills/${bill!.id}`);
  await page.getByRole("heading", { level: 1, name: new RegExp(`^${detail.number}\\b`) }).waitFor();
});
