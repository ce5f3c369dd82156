import { expect, test } from "vitest";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { useBrowser } from "./browser";
import { definitionOf, eventually } from "./read";

const browser = useBrowser();

const lang = (url: string) => new URL(url).searchParams.get("lang");

test("a visitor switches to French; the choice survives a reload, follows links and travels in the URL", async () => {
  const [member] = (await api<Schema<"MemberPage">>("/members?q=Ashton")).data;
  const { page, open, screenshot } = await browser.visitor({ locale: "en-CA" });

  await open(`/members/${member!.id}`);
  await page.getByRole("heading", { level: 1, name: member!.name }).waitFor();
  expect(await definitionOf(page, "Party")).toBe(member!.party!.name_en);
  expect(lang(page.url())).toBe("en");

  await page.getByRole("button", { name: "Afficher ce site en français" }).click();
  await eventually(() =>
    page
      .getByRole("term")
      .filter({ hasText: /^Parti$/ })
      .count(),
  ).toBe(1);
  expect(await definitionOf(page, "Parti")).toBe(member!.party!.name_fr);
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  expect(lang(page.url())).toBe("fr");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Députés" }).waitFor();
  await screenshot("member-profile-fr");

  await page.reload();
  await page.getByRole("heading", { level: 1, name: member!.name }).waitFor();
  expect(await definitionOf(page, "Parti")).toBe(member!.party!.name_fr);

  // Remembered: an address without ?lang= opens in French too, and links keep the language.
  await open("/members");
  await page.getByRole("heading", { level: 1, name: "Députés" }).waitFor();
  expect(lang(page.url())).toBe("fr");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Projets de loi" }).click();
  await page.getByRole("heading", { level: 1, name: "Projets de loi" }).waitFor();
  expect(lang(page.url())).toBe("fr");

  // A French link opens in French for someone whose browser asks for English.
  const friend = await browser.visitor({ locale: "en-CA" });
  await friend.open(new URL(page.url()).pathname + new URL(page.url()).search);
  await friend.page.getByRole("heading", { level: 1, name: "Projets de loi" }).waitFor();

  await page.getByRole("button", { name: "View this site in English" }).click();
  await page.getByRole("heading", { level: 1, name: "Bills" }).waitFor();
  expect(lang(page.url())).toBe("en");
});
