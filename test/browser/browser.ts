/**
 * Chromium for the user journeys: Debian's own build driven by playwright-core (Playwright's
 * browser downloads are not available here). Each test file gets one browser; each visitor in a
 * test gets a context of their own (storage, cookies, client address). What a page does wrong —
 * an uncaught error, a console error, an API call that failed, anything the site's
 * Content-Security-Policy refused — is collected per page, and a test whose pages threw an
 * uncaught error, met a broken API (5xx, no answer) or broke the policy fails.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, inject } from "vitest";
import { screenshotsDir } from "./artifacts";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// No GPU, sandbox or QUIC in containers; no background traffic, so the browser never needs the
// network beyond the platform under test.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long a page gets to show something (a first visit loads its page chunk and its data). */
const ACTION_TIMEOUT_MS = 20_000;

/** The platform started by the global setup; throws its start-up failure when there is none. */
export function platform(): { apiUrl: string; webUrl: string; stateDir: string } {
  const error = inject("platformError");
  if (error) throw new Error(`The platform for the browser tests is not running:\n${error}`);
  return { apiUrl: inject("apiUrl"), webUrl: inject("webUrl"), stateDir: inject("stateDir") };
}

/**
 * Launches Chromium with a fresh profile: without a user-data-dir argument Playwright creates a
 * new temporary one for each launch and deletes it on close, so no run sees another's storage.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed (no ${CHROMIUM_PATH}). The browser tests drive Debian's Chromium: ` +
        "install it with `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** What went wrong on one page while a test used it. */
export interface PageProblems {
  /** Uncaught exceptions and unhandled rejections: each one fails the test. */
  uncaught: string[];
  /** Failed /api requests: 5xx and no-answer ones fail the test, 4xx are reported. */
  failedApi: { url: string; status: number | string }[];
  consoleErrors: string[];
  /** What the Content-Security-Policy refused (the page's violation events and the console's reports): each one fails the test. */
  cspViolations: string[];
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Opens a path of the web app, e.g. `/members?lang=fr`. */
  open(path: string): Promise<void>;
  /** A full-page screenshot in test-artifacts/screenshots/<name>.png. */
  screenshot(name: string): Promise<string>;
}

/**
 * Registers the hooks of a browser test file and gives each test fresh visitors. Call once at
 * the top of the file.
 */
export function useBrowser(): { visitor(options?: { locale?: string }): Promise<Visitor> } {
  // Launched by the first visitor rather than in a beforeAll hook, so that a missing platform or
  // Chromium fails every test with its reason instead of marking them skipped.
  let browser: Promise<Browser> | undefined;
  const visitors: Visitor[] = [];

  afterEach(async () => {
    const opened = visitors.splice(0);
    await Promise.all(opened.map((v) => v.context.close().catch(() => {})));
    const report = opened.map((v) => describeProblems(v.problems)).filter(Boolean);
    const broken = opened.some(
      (v) =>
        v.problems.uncaught.length > 0 ||
        v.problems.cspViolations.length > 0 ||
        v.problems.failedApi.some((f) => typeof f.status === "string" || f.status >= 500),
    );
    if (broken) throw new Error(`A page broke during this test:\n${report.join("\n")}`);
  });

  afterAll(async () => {
    await (await browser?.catch(() => undefined))?.close();
  });

  return {
    async visitor({ locale = "en-CA" } = {}) {
      const { webUrl } = platform();
      browser ??= launchChromium();
      const context = await (await browser).newContext({
        baseURL: webUrl,
        locale,
        viewport: { width: 1280, height: 900 },
        // Every request reaches the gateway from 127.0.0.1; a client address per visitor gives
        // each one its own anonymous rate-limit budget, as distinct people would have.
        extraHTTPHeaders: { "cf-connecting-ip": clientAddress() },
      });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const page = await context.newPage();
      const problems = await watch(page);
      const visitor: Visitor = {
        context,
        page,
        problems,
        async open(path) {
          await page.goto(path, { waitUntil: "domcontentloaded" });
        },
        async screenshot(name) {
          mkdirSync(screenshotsDir, { recursive: true });
          const file = join(screenshotsDir, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          return file;
        },
      };
      visitors.push(visitor);
      return visitor;
    },
  };
}

/**
 * A client address of its own (random, in the IPv6 documentation range) for a visitor or an API
 * reader. The gateway charges IPv6 clients by /64, as one household or phone holds a whole /64,
 * so the random part is the network prefix: each visitor is a network of its own.
 */
export function clientAddress(): string {
  const hex = randomBytes(6).toString("hex");
  return `2001:db8:${hex.slice(0, 4)}:${hex.slice(4, 8)}:${hex.slice(8, 12)}::1`;
}

/** The console's words when Chromium enforces a Content-Security-Policy. */
const CSP_CONSOLE = /Content Security Policy|Refused to (load|execute|apply|connect|frame|evaluate|create)/i;

/**
 * Every `securitypolicyviolation` the document sees, reported to the test from the first script
 * the page runs (before the app's own), on every navigation of the page.
 */
const REPORT_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (e) => {
  window.__reportCspViolation(e.effectiveDirective + " refused " + (e.blockedURI || "inline") + " at " + (e.sourceFile || location.href) + ":" + e.lineNumber);
}, true);`;

async function watch(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { uncaught: [], failedApi: [], consoleErrors: [], cspViolations: [] };
  await page.exposeFunction("__reportCspViolation", (text: string) => void problems.cspViolations.push(text));
  await page.addInitScript(REPORT_VIOLATIONS);
  page.on("pageerror", (err) => problems.uncaught.push(`${err.name}: ${err.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (CSP_CONSOLE.test(message.text())) problems.cspViolations.push(`console: ${message.text()}`);
    else problems.consoleErrors.push(message.text());
  });
  page.on("response", (response) => {
    if (isApi(response.url()) && response.status() >= 400) problems.failedApi.push({ url: response.url(), status: response.status() });
  });
  page.on("requestfailed", (request) => {
    const failure = request.failure()?.errorText ?? "failed";
    // Leaving a page cancels its requests on purpose.
    if (isApi(request.url()) && !failure.includes("ERR_ABORTED")) problems.failedApi.push({ url: request.url(), status: failure });
  });
  return problems;
}

const isApi = (url: string) => new URL(url).pathname.startsWith("/api/");

function describeProblems(p: PageProblems): string {
  return [
    ...p.uncaught.map((e) => `  uncaught: ${e}`),
    ...p.cspViolations.map((e) => `  csp: ${e}`),
    ...p.failedApi.map((f) => `  api: ${f.status} ${f.url}`),
    ...p.consoleErrors.map((e) => `  console: ${e}`),
  ].join("\n");
}
