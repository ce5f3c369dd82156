import { expect, test } from "vitest";
import { routes } from "../../web/src/routes";
import { account, signIn } from "./accounts";
import type { Schema } from "../../web/src/api/operations";
import { api } from "./api";
import { platform, useBrowser, type Visitor } from "./browser";

const browser = useBrowser();

/**
 * The site's own headers (web/public/_headers, as `wrangler pages dev` and Pages serve them): a
 * strict Content-Security-Policy on every page, which no page breaks, and no framing. Every page
 * of the site without a parameter is visited — public ones, then admin ones signed in as an
 * admin — and a record page of each kind that has pictures or charts.
 */

const EXPECTED_CSP: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self'",
  "img-src": "'self' https:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'self'",
  "frame-ancestors": "'none'",
};

const EXPECTED_HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

function directives(csp: string | undefined): Record<string, string> {
  return Object.fromEntries(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values.join(" ")]),
  );
}

/** Opens a page, checks its headers, waits for it to settle, and checks nothing was refused. */
async function visit(visitor: Visitor, path: string): Promise<void> {
  const response = await visitor.page.goto(path, { waitUntil: "domcontentloaded" });
  expect(response?.status(), path).toBe(200);
  const headers = response!.headers();
  expect(directives(headers["content-security-policy"]), path).toEqual(EXPECTED_CSP);
  expect(headers["content-security-policy"], path).not.toContain("unsafe");
  expect(headers, path).toMatchObject(EXPECTED_HEADERS);
  expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d{7,}/);
  await visitor.page.getByRole("heading", { level: 1 }).first().waitFor();
  await visitor.page.waitForLoadState("networkidle");
  expect(visitor.problems.cspViolations, path).toEqual([]);
  expect(visitor.problems.uncaught, path).toEqual([]);
}

const topLevel = routes.filter((r) => !r.path.includes(":"));
const publicPages = topLevel.filter((r) => !r.role).map((r) => r.path);
const signedInPages = topLevel.filter((r) => r.role).map((r) => r.path);

test("every public page carries the policy and the other headers, and breaks none of it", async () => {
  expect(publicPages).toEqual(expect.arrayContaining(["/", "/members", "/representatives", "/search", "/status", "/signin"]));
  const visitor = await browser.visitor();
  for (const path of publicPages) await visit(visitor, path);
});

test("record pages with photos, charts and transcripts break none of the policy", async () => {
  const [representatives, members, bills, votes] = await Promise.all([
    api<Schema<"RepresentativePage">>("/representatives?limit=100"),
    api<Schema<"MemberPage">>("/members?limit=1"),
    api<Schema<"BillPage">>("/bills?limit=1"),
    api<Schema<"VotePage">>("/votes?limit=1"),
  ]);
  const pictured = representatives.data.find((r) => r.photo_url) ?? representatives.data[0]!;
  const member = members.data[0]!;
  const bill = bills.data[0]!;
  const vote = votes.data[0]!;
  const visitor = await browser.visitor();
  for (const path of [
    `/representatives/${encodeURIComponent(pictured.jurisdiction.slug)}/${encodeURIComponent(pictured.slug)}`,
    `/members/${encodeURIComponent(String(member.id ?? member.slug))}`,
    `/bills/${encodeURIComponent(bill.session)}/${encodeURIComponent(bill.number)}`,
    `/votes/${encodeURIComponent(vote.session)}/${vote.number}`,
  ]) {
    await visit(visitor, path);
  }
});

test("every admin page carries the policy and breaks none of it, for a signed-in admin", async () => {
  expect(signedInPages).toEqual(expect.arrayContaining(["/account", "/admin", "/admin/health", "/admin/etl", "/admin/users"]));
  const admin = await account("headers", { admin: true });
  const visitor = await browser.visitor();
  await signIn(visitor, admin, "/account");
  await visitor.page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  for (const path of signedInPages) {
    await visit(visitor, path);
    // The gate let the admin in: the page is not the "sign in first" or "not allowed" one.
    expect(await visitor.page.getByRole("heading", { level: 1, name: /sign in|do not have access/i }).count(), path).toBe(0);
  }
});

test("the site refuses to be framed by another page", async () => {
  const { webUrl } = platform();
  const { context } = await browser.visitor();
  // A page of its own, outside the visitor's watch: the framing page is the one the policy refuses.
  const framer = await context.newPage();
  await framer.setContent(`<iframe id="framed" src="${webUrl}/status" title="framed"></iframe>`);
  const frame = await (await framer.waitForSelector("#framed")).contentFrame();
  await framer.waitForLoadState("load");
  expect(frame).not.toBeNull();
  // A refused frame holds the browser's error page, never the site.
  expect(frame!.url()).not.toContain(new URL(webUrl).host);
  expect(await frame!.locator("#main").count()).toBe(0);
  await framer.close();
});
