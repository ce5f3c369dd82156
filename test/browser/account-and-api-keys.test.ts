import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { useBrowser, platform, type Visitor } from "./browser";
import { bodyRows, column, definitionOf, eventually } from "./read";

const browser = useBrowser();

async function fillCredentials(page: Visitor["page"], email: string, password: string): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
}

/** What the gateway allows a caller per window, from its RateLimit-Limit header. */
async function rateLimit(headers: Record<string, string>): Promise<number> {
  const res = await fetch(`${platform().apiUrl}/api/v1/parties?limit=1`, { headers });
  expect(res.status).toBe(200);
  return Number(res.headers.get("ratelimit-limit"));
}

test("a citizen signs up, signs in again, creates an API key shown once, sees their sessions and signs out", async () => {
  const email = `journey-${randomUUID()}@example.org`;
  const password = "seven long words make a fine passphrase";
  const { page, open, screenshot } = await browser.visitor();

  await open("/signup");
  await page.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
  await fillCredentials(page, email, password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  expect(await definitionOf(page, "Email address")).toContain(email);
  expect(await definitionOf(page, "Roles")).toBe("Citizen");

  const account = page.getByRole("group", { name: "Your account" });
  await account.getByRole("button", { name: "Sign out" }).click();
  await account.getByRole("link", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  await fillCredentials(page, email, password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();

  // The key itself appears once, right after it is made.
  const keys = page.getByRole("region", { name: "API keys" });
  await keys.getByLabel("Key name").fill("newsroom dashboard");
  await keys.getByRole("button", { name: "Create a key" }).click();
  const reveal = keys.getByRole("region", { name: "Your new key “newsroom dashboard”" });
  const key = await reveal.getByLabel("New API key").inputValue();
  expect(key.length).toBeGreaterThan(20);
  const listed = keys.getByRole("table", { name: "Your API keys, newest first" });
  await eventually(() => column(listed, "Name")).toEqual(["newsroom dashboard"]);
  const [prefix] = await column(listed, "Starts with");
  expect(key.startsWith(prefix!)).toBe(true);
  expect(await column(listed, "Status")).toEqual(["Active"]);
  await screenshot("account-new-key");

  // The key works: the gateway grants it its tier's allowance instead of an anonymous caller's.
  expect(await rateLimit({ authorization: `Bearer ${key}` })).toBeGreaterThan(await rateLimit({ "cf-connecting-ip": "2001:db8::1" }));

  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  await eventually(() => column(listed, "Name")).toEqual(["newsroom dashboard"]);
  expect(await page.getByRole("main").innerText()).not.toContain(key);

  // Signing out earlier ended the first session: only this one is left.
  const sessions = page.getByRole("region", { name: "Where you are signed in" }).getByRole("table");
  await eventually(() => bodyRows(sessions).count()).toBe(1);
  expect((await column(sessions, "Device"))[0]).toContain("This device");
  await screenshot("account");

  await account.getByRole("button", { name: "Sign out" }).click();
  await account.getByRole("link", { name: "Sign in" }).waitFor();
  await open("/account");
  await page.getByRole("heading", { level: 1, name: "Sign in to continue" }).waitFor();
});
