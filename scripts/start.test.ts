/**
 * `npm start` as a process on a developer's machine, with two checkouts running side by side (each
 * a copy of this one, on free ports, sharing the machine's default wrangler configuration as two
 * real checkouts would). The tests run in order: the first checkout loads its data uninterrupted;
 * the second is killed outright twice during its first load and started again, and must end with
 * the same rows; then the first is stopped by SIGTERM to npm, the second by SIGKILL to
 * scripts/start.mjs, and neither may leave a process or a port behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOADABLE } from "../test/loadable-sources";
import { copyCheckout, freePort } from "./platform.mjs";
import { databases } from "./workers.mjs";

const HOST = "127.0.0.1";
// A first start on two busy cores: migrations, the web build, bundling thirteen Workers.
const READY_TIMEOUT_MS = 240_000;
const GONE_TIMEOUT_MS = 30_000;
// The first load takes about a minute alone; here two checkouts load at once, one of them twice cut off.
const LOADED_TIMEOUT_MS = 420_000;

type Checkout = { name: string; dir: string; launcher: ChildProcess; port: number; webPort: number; apiUrl: string; webUrl: string; log: string };

const scratch = mkdtempSync(join(tmpdir(), "openpolicy-start-"));
// What wrangler keeps per user, the default dev registry among it: the two checkouts share it.
const userConfig = join(scratch, "user-config");
let first: Checkout;
let second: Checkout;

beforeAll(async () => {
  mkdirSync(userConfig);
  // One after the other: starting both at once on two cores only makes each slower.
  first = await launch("first", ["npm", "start"]);
  second = await launch("second", [process.execPath, join("scripts", "start.mjs")]);
});

afterAll(() => {
  // Whatever a failed test left running, then the copies.
  for (const pid of runningIn(scratch)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  rmSync(scratch, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves no local explorer: its SQL endpoint runs nothing on the API or the web port", async () => {
    const civic = databases.find((db) => db.binding === "CIVIC")!;
    const query = (base: string) =>
      fetch(`${base}/cdn-cgi/explorer/api/d1/database/${civic.id}/raw`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sql: "SELECT 'explorer-ran' AS marker" }),
      });
    // On the API port the path is the gateway's like any other; on the web port, a static site's.
    const api = await query(second.apiUrl);
    expect(api.status).toBe(404);
    expect(await api.text()).not.toContain("explorer-ran");
    const web = await query(second.webUrl);
    expect(web.status).not.toBe(200);
    expect(await web.text()).not.toContain("explorer-ran");
    // Nor is the explorer's description of its API there.
    for (const base of [second.apiUrl, second.webUrl]) {
      const description = await fetch(`${base}/cdn-cgi/explorer/api`);
      expect(description.headers.get("content-type") ?? "", base).not.toMatch(/^application\/json/);
    }
  });

  it("keeps each checkout's Workers in a dev registry of its state directory's own", () => {
    for (const checkout of [first, second]) {
      expect(readdirSync(join(checkout.dir, ".wrangler", "state", "dev-registry")), checkout.name).toContain("openpolicy-gateway");
    }
    const shared = join(userConfig, ".wrangler", "registry");
    expect(existsSync(shared) ? readdirSync(shared) : []).not.toContain("openpolicy-gateway");
  });

  it(
    "finishes a first load killed outright at two points by itself once started again, with the rows of an uninterrupted load",
    async () => {
      // The second checkout is loading now. Killed while its first sources load, and again, after a
      // restart, while Hansard's sittings load; then started again, with no other step.
      const runningNow = (state: SourceState[], name?: string) => state.some((s) => s.last_run?.status === "running" && (!name || s.name === name));
      for (const during of [undefined, "hansard-debates"]) {
        let state: SourceState[] = [];
        const caught = await waitFor(
          async () => {
            state = await loadState(second);
            if (during && state.find((s) => s.name === during)?.last_success_at) throw new Error(`${during} loaded before it could be cut off`);
            return runningNow(state, during);
          },
          LOADED_TIMEOUT_MS,
          POLL_MS,
        );
        expect(caught, `a run of ${during ?? "any source"} to cut off; sources: ${JSON.stringify(state)}\n${etlLines(second)}`).toBe(true);
        const exited = new Promise((resolve) => second.launcher.once("exit", resolve));
        second.launcher.kill("SIGKILL");
        await exited;
        expect(await waitFor(() => allGone(second)), "the killed checkout's servers to stop").toBe(true);
        second = await launch(second.name, [process.execPath, join("scripts", "start.mjs")], second.dir);
      }

      for (const checkout of [first, second]) {
        const loaded = await waitFor(
          async () => {
            const state = await loadState(checkout);
            return LOADABLE.every((name) => state.find((s) => s.name === name)?.last_success_at) && state.every((s) => s.last_run?.status !== "running");
          },
          LOADED_TIMEOUT_MS,
          POLL_MS,
        );
        expect(loaded, `${checkout.name}: every source loaded, no run running\n${etlLines(checkout)}`).toBe(true);
      }
      expect(await runningRuns(second), "runs left running").toBe(0);
      const uninterrupted = tableCounts(first);
      expect(uninterrupted.statements).toBeGreaterThan(1000);
      // The cut-off load ran its documents in another order (and retried some): its members and
      // their terms, which come from the House's rosters, come out the same whatever the order.
      expect(tableCounts(second)).toEqual(uninterrupted);
      expect(whoIsWho(second)).toEqual(whoIsWho(first));
    },
    LOADED_TIMEOUT_MS + 2 * READY_TIMEOUT_MS,
  );

  it("stops every server when npm is sent SIGTERM, and the other checkout's web app keeps its gateway", async () => {
    expect([first.launcher.exitCode, first.launcher.signalCode], "npm start has not stopped on its own").toEqual([null, null]);
    const exited = new Promise((resolve) => first.launcher.once("exit", resolve));
    first.launcher.kill("SIGTERM");
    await exited;
    await waitFor(() => allGone(first));
    expect(runningIn(first.dir)).toEqual([]);
    for (const port of [first.port, first.webPort]) expect(await portFree(port), `port ${port}`).toBe(true);

    // The web app reaches the gateway through the dev registry, by the gateway's name, which both
    // checkouts' gateways share: one checkout stopping must not take the other's away.
    const res = await fetch(`${second.webUrl}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
  });

  it("leaves no server running when scripts/start.mjs is killed outright", async () => {
    second.launcher.kill("SIGKILL");
    await waitFor(() => allGone(second));
    expect(runningIn(second.dir)).toEqual([]);
    for (const port of [second.port, second.webPort]) expect(await portFree(port), `port ${port}`).toBe(true);
  });
});

/**
 * Starts a copy of the checkout with `command` (or starts `existing`, a copy made before, again)
 * and resolves once its gateway and web app answer.
 */
async function launch(name: string, command: string[], existing?: string): Promise<Checkout> {
  const dir = existing ?? copyCheckout(join(scratch, name));
  const port = await freePort(HOST);
  const webPort = await freePort(HOST, [port]);
  const log = join(scratch, `${name}.log`);
  const output = openSync(log, "a");
  // A developer's shell, not this test runner's environment.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST") && key !== "NODE_ENV"));
  const launcher = spawn(command[0]!, command.slice(1), {
    cwd: dir,
    env: { ...env, PORT: String(port), WEB_PORT: String(webPort), HOST, XDG_CONFIG_HOME: userConfig, NO_COLOR: "1", npm_config_update_notifier: "false" },
    // In this runner's process group, so that stopping the runner stops it too; the tests signal
    // its pid alone.
    stdio: ["ignore", output, output],
  });
  const checkout = { name, dir, launcher, port, webPort, apiUrl: `http://${HOST}:${port}`, webUrl: `http://${HOST}:${webPort}`, log };
  let exit: string | undefined;
  launcher.once("exit", (code, signal) => (exit = signal ?? `exit ${code}`));
  const answering = async () => {
    if (exit) throw new Error(`${command.join(" ")} stopped (${exit}) before it answered:\n${tail(log)}`);
    const api = await fetch(`${checkout.apiUrl}/api/v1/health`).then(
      () => true,
      () => false,
    );
    return (
      api &&
      (await fetch(`${checkout.webUrl}/`).then(
        (r) => r.ok,
        () => false,
      ))
    );
  };
  if (!(await waitFor(answering, READY_TIMEOUT_MS))) {
    throw new Error(`${command.join(" ")} did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${tail(log)}`);
  }
  return checkout;
}

interface SourceState {
  name: string;
  last_success_at: string | null;
  last_run: { status: string } | null;
}

/** Each source's freshness and last run, as the public API shows it; none while the gateway is away. */
async function loadState(checkout: Checkout): Promise<SourceState[]> {
  try {
    const res = await fetch(`${checkout.apiUrl}/api/v1/etl/sources`);
    return res.ok ? ((await res.json()) as { data: SourceState[] }).data : [];
  } catch {
    return [];
  }
}

/** A D1 database of a checkout's local state, read straight from its SQLite file. */
function openDatabase(checkout: Checkout, binding: string): Database.Database {
  const dir = join(checkout.dir, ".wrangler", "state", "v3", "d1", "miniflare-D1DatabaseObject");
  const marker = binding === "CIVIC" ? "statements" : "etl_runs";
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".sqlite"))) {
    const db = new Database(join(dir, file), { readonly: true, fileMustExist: true });
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(marker)) return db;
    db.close();
  }
  throw new Error(`no ${binding} database in ${dir}`);
}

/** How many rows each civic table holds (the search index's own tables aside). */
function tableCounts(checkout: Checkout): Record<string, number> {
  const db = openDatabase(checkout, "CIVIC");
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** Every member with their person id and terms, and every ballot's member and party: identical, not just as many. */
function whoIsWho(checkout: Checkout): unknown[] {
  const db = openDatabase(checkout, "CIVIC");
  try {
    return [
      db.prepare("SELECT slug, name, house_person_id FROM members ORDER BY slug").all(),
      db
        .prepare(
          `SELECT m.slug, t.start_date, t.end_date, p.slug AS party, r.name_en AS riding, t.source FROM member_terms t JOIN members m ON m.id = t.member_id
           LEFT JOIN parties p ON p.id = t.party_id LEFT JOIN ridings r ON r.id = t.riding_id ORDER BY m.slug, t.start_date`,
        )
        .all(),
      db
        .prepare(
          `SELECT d.session_code, d.number, m.slug, b.ballot, p.slug AS party FROM ballots b JOIN divisions d ON d.id = b.division_id
           JOIN members m ON m.id = b.member_id LEFT JOIN parties p ON p.id = b.party_id ORDER BY 1, 2, 3`,
        )
        .all(),
    ];
  } finally {
    db.close();
  }
}

function runningRuns(checkout: Checkout): number {
  const db = openDatabase(checkout, "PLATFORM");
  try {
    return (db.prepare("SELECT count(*) AS n FROM etl_runs WHERE status = 'running'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Live processes (zombies aside) working in `dir` or naming it on their command line. */
function runningIn(dir: string): number[] {
  return readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return false;
        const cwd = readlinkSync(`/proc/${pid}/cwd`);
        return cwd === dir || cwd.startsWith(`${dir}/`) || readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Whether a server could listen on the port now. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/** Whether no process of the checkout runs and its ports are free. */
async function allGone(checkout: Checkout): Promise<boolean> {
  return runningIn(checkout.dir).length === 0 && (await portFree(checkout.port)) && (await portFree(checkout.webPort));
}

/** Waits until `check` holds, or the deadline passes: whether it held. */
async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = GONE_TIMEOUT_MS, everyMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return true;
}

/** How often the load's progress is read: within the anonymous rate limit (60 a minute). */
const POLL_MS = 1_500;

/** What a checkout's log says of its data load: what a failed wait shows. */
function etlLines(checkout: Checkout): string {
  try {
    return readFileSync(checkout.log, "utf8")
      .split("\n")
      .filter((line) => /"etl |etl-jobs|dead-letter|"level":"error"/.test(line))
      .slice(-40)
      .join("\n");
  } catch {
    return "(no output)";
  }
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no output)";
  }
}
