// Captures an example of every 2xx answer with a body that the OpenAPI document declares, from a
// running platform with its real loaded data, into src/openapi/examples.json (by operationId,
// status and media type); the gateway adds each to the document it serves (src/openapi/contract.ts).
// Run it once `npm start` has loaded the data:
//
//   npm run api:examples                          the local platform (http://localhost:8787, state in .wrangler/state)
//   npm run api:examples -- http://localhost:8790 --persist-to <checkout>/.wrangler/state
//
// Every operation is called as the contract test calls it (scripts/api-operations.mjs: real ids,
// a body each accepts), by a throwaway admin registered here and made admin in the local state as
// the first admin is made. What is trimmed, never invented: lists are asked for 2 rows
// (`limit=2`) and any other array is cut to its first 2 items, CSV to its header and 2 rows.
// What would churn or leak is replaced by stable placeholders of the same form: tokens, API keys,
// the throwaway accounts' emails and ids, a saved chart's id; times the platform stamped while it
// ran (sign-ins, runs, health checks) move to the same distance from one fixed moment. Nothing is
// written unless every example validates against its schema.
//
// Without the internet, Open North's Represent cannot answer a postal code: the committed example
// of `/postcodes/{code}` is kept, and when there is none, Represent's cache on the local platform
// is given the answer Represent gives for K1A 0A6 (Parliament Hill, in Ottawa Centre) with that
// riding and its member from the loaded data, so the example is still the platform's own linking.
import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { lintFromString, loadConfig } from "@redocly/openapi-core";
import { operationsOf, realCalls, schemaValidation, signIn } from "./api-operations.mjs";
import { root, stateDir, wrangler } from "./workers.mjs";

const args = process.argv.slice(2);
const persistAt = args.indexOf("--persist-to");
const persistTo = persistAt >= 0 ? args[persistAt + 1] : stateDir;
const base = (args.find((a, i) => !a.startsWith("--") && i !== persistAt + 1) ?? `http://localhost:${process.env.PORT ?? 8787}`).replace(/\/$/, "");

const EXAMPLES_FILE = join(root, "src", "openapi", "examples.json");
/** Items kept of every array: enough to show its shape. */
const ITEMS = 2;
const TAG = "api-examples";
/** Every call comes from one documentation address, with a browser's user agent (sessions show it). */
const CLIENT = { "cf-connecting-ip": "2001:db8:5e55:1::1", "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" };
/** The moment the capture's own times are moved to (its start is this moment). */
const MOMENT = Date.parse("2026-11-26T12:00:00.000Z");
const started = Date.now();
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const cursorText = (cursor) => (typeof cursor === "string" ? Buffer.from(cursor, "base64url").toString("utf8") : "");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One call; a rate limit is waited out, and a write the dev server cut off by restarting is sent again. */
async function call(path, init = {}) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${base}${path}`, { ...init, headers: { ...CLIENT, accept: "application/json", ...init.headers } });
    const text = await response.text();
    if (attempt < 5 && response.status === 429) {
      await sleep(1000 * Number(response.headers.get("retry-after") ?? 1));
      continue;
    }
    if (attempt < 5 && response.status === 503 && text.includes("restarted mid-request")) {
      await sleep(500);
      continue;
    }
    return { status: response.status, type: (response.headers.get("content-type") ?? "").split(";")[0].trim(), text };
  }
}

/** @type {import("./api-operations.mjs").Api} */
const api = async (path, init = {}) => {
  const answer = await call(`/api/v1${path}`, init);
  if (answer.status < 200 || answer.status > 299) throw new Error(`${init.method ?? "GET"} /api/v1${path} answered ${answer.status}: ${answer.text}`);
  return JSON.parse(answer.text);
};

const docAnswer = await call("/api/v1/openapi.json").catch((err) => ({ status: 0, text: String(err), type: "" }));
if (docAnswer.status !== 200) {
  console.error(`${base}/api/v1/openapi.json answered ${docAnswer.status || docAnswer.text}: is the platform running (npm start)?`);
  process.exit(1);
}
const doc = JSON.parse(docAnswer.text);
if (doc["x-missing-services"]) {
  console.error(`The document lacks the services ${doc["x-missing-services"].join(", ")}: wait for them to answer and run again.`);
  process.exit(1);
}

// The throwaway admin.
const admin = { email: `${TAG}-admin-${randomUUID()}@example.org`, password: "a passphrase of many words for the examples", tag: TAG };
await api("/auth/register", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: admin.email, password: admin.password }),
});
await promisify(execFile)("node", [join(root, "workers", "auth", "scripts", "grant-admin.mjs"), admin.email, "--persist-to", persistTo], { cwd: root });
const auth = { authorization: `Bearer ${(await signIn(api, admin.email, admin.password, "Firefox on Linux")).access_token}` };
const calls = await realCalls(api, admin, auth);

const previous = existsSync(EXAMPLES_FILE) ? JSON.parse(readFileSync(EXAMPLES_FILE, "utf8")) : {};
/** @type {Record<string, Record<string, Record<string, unknown>>>} */
const examples = {};
const failures = [];
const notes = [];

for (const o of operationsOf(doc)) {
  const id = o.op.operationId;
  const declared = Object.entries(o.op.responses).filter(([status, r]) => status.startsWith("2") && r.content);
  if (declared.length === 0) continue;
  const extra = [];
  if ((o.op.parameters ?? []).some((p) => p.in === "query" && p.name === "limit")) extra.push(`limit=${ITEMS}`);
  // Accounts and keys of this capture's own making only.
  if (o.path === "/api/v1/auth/users" || o.path === "/api/v1/auth/admin/api-keys") extra.push(`q=${TAG}`);
  // The runs of the data load, not those earlier captures started (the POST below).
  if (o.method === "get" && o.path === "/api/v1/etl/runs") extra.push("source=hansard-debates");
  // A run of the smallest source (or the one in progress, which is answered instead).
  const body = o.method === "post" && o.path === "/api/v1/etl/runs" ? JSON.stringify({ source: "openparliament-parties" }) : calls.body(o);
  const url = calls.url(o, extra);
  const accept = [...new Set(declared.flatMap(([, r]) => Object.keys(r.content)))].join(", ");
  const send = () =>
    call(url, { method: o.method.toUpperCase(), headers: { ...auth, accept, ...(body !== undefined ? { "content-type": "application/json" } : {}) }, body });
  let answer = await send();

  if (o.path === "/api/v1/postcodes/{code}" && answer.status >= 502) {
    if (previous[id]) {
      examples[id] = previous[id];
      notes.push(`${id}: Represent could not be reached (${answer.status}); the committed example is kept.`);
      continue;
    }
    await seedRepresentCache();
    answer = await send();
    notes.push(`${id}: Represent could not be reached; captured from its cache, given Represent's answer for K1A 0A6 from the loaded data.`);
  }

  const spec = o.op.responses[String(answer.status)];
  if (!String(answer.status).startsWith("2") || !spec?.content?.[answer.type]) {
    failures.push(`${o.method.toUpperCase()} ${url} (${id}) answered ${answer.status} ${answer.type}: ${answer.text.slice(0, 300)}`);
    continue;
  }
  const value = /json/.test(answer.type) ? trimmed(JSON.parse(answer.text)) : answer.type === "text/csv" ? csvTrimmed(answer.text) : answer.text;
  examples[id] = { [answer.status]: { [answer.type]: value } };
  for (const [status] of declared)
    if (status !== String(answer.status)) failures.push(`${id}: no example for its ${status} answer (it answered ${answer.status}).`);
}

const scrubbed = scrub(examples);
await withoutUndocumented(scrubbed);

// Every example validates against the schema of its response.
const validation = schemaValidation(doc);
for (const o of operationsOf(doc)) {
  for (const [status, byType] of Object.entries(scrubbed[o.op.operationId] ?? {})) {
    for (const [type, example] of Object.entries(byType)) {
      const schema = o.op.responses[status]?.content?.[type]?.schema;
      const problems = schema && validation.problems(schema, example);
      if (problems) failures.push(`${o.op.operationId} ${status} ${type}: ${problems}`);
    }
  }
}

for (const note of notes) console.log(note);
if (failures.length) {
  console.error(`Nothing written: ${failures.length} problem(s).\n${failures.map((f) => `  ${f}`).join("\n")}`);
  process.exit(1);
}
const sorted = Object.fromEntries(
  Object.keys(scrubbed)
    .sort()
    .map((k) => [k, scrubbed[k]]),
);
const text = `${JSON.stringify(sorted, null, 1)}\n`;
writeFileSync(EXAMPLES_FILE, text);
console.log(`${Object.keys(sorted).length} operations' examples written to src/openapi/examples.json (${(text.length / 1024).toFixed(0)} KB).`);

/**
 * Properties an answer carries that its schema does not declare are left out of its example,
 * and named: Redocly's `no-invalid-media-type-examples` (recommended, so `npm run lint:api`)
 * refuses an example with properties its schema does not promise. Declaring them in the route's
 * schema brings them back at the next capture.
 */
async function withoutUndocumented(all) {
  const config = await loadConfig({ configPath: join(root, "redocly.yaml") });
  for (let round = 0; round < 10; round++) {
    const documented = structuredClone(doc);
    for (const o of operationsOf(documented)) {
      for (const [status, byType] of Object.entries(all[o.op.operationId] ?? {})) {
        for (const [type, example] of Object.entries(byType)) {
          const media = o.op.responses[status]?.content?.[type];
          if (media) media.example = example;
        }
      }
    }
    const problems = (await lintFromString({ source: JSON.stringify(documented), absoluteRef: "openapi.json", config })).filter(
      (p) => p.ruleId === "no-invalid-media-type-examples" && /unevaluated properties|additional properties/.test(p.message),
    );
    if (problems.length === 0) return;
    for (const problem of problems) {
      // #/paths/<path>/<method>/responses/<status>/content/<type>/example/<where>…
      const [, , path, method, , status, , type, , ...where] = (problem.location[0]?.pointer ?? "")
        .split("/")
        .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
      const id = documented.paths[path]?.[method]?.operationId;
      const parent = where.slice(0, -1).reduce((v, k) => v?.[k], all[id]?.[status]?.[type]);
      if (!parent || where.length === 0) throw new Error(`Cannot leave out what Redocly names: ${problem.message} (${problem.location[0]?.pointer})`);
      delete parent[where.at(-1)];
      notes.push(`${id} ${status}: \`${where.join(".")}\` is in the answer but not in its schema; left out of the example.`);
    }
  }
  throw new Error("Undeclared properties kept coming back after 10 rounds.");
}

/** Arrays cut to their first items, all the way down. */
function trimmed(value) {
  if (Array.isArray(value)) return value.slice(0, ITEMS).map(trimmed);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

/** The header and the first rows of a CSV answer (no quoted field in these spans lines). */
function csvTrimmed(text) {
  const lines = text.split(/(?<=\n)/);
  return lines.slice(0, 1 + ITEMS).join("");
}

/** Deterministic text of `length` characters from `alphabet`, for the `n`th placeholder of a kind. */
function filler(kind, n, length, alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") {
  let out = "";
  for (let block = 0; out.length < length; block++) {
    for (const byte of createHash("sha256").update(`${kind}:${n}:${block}`).digest()) out += alphabet[byte % alphabet.length];
  }
  return out.slice(0, length);
}

/** A placeholder of the same form as `real`: a UUID for a UUID, else the same length and alphabet. */
function lookalike(kind, n, real) {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(real)) {
    const hex = filler(kind, n, 32, "0123456789abcdef");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[parseInt(hex[16], 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  const alphabet = /^[0-9a-z]+$/.test(real) ? "0123456789abcdefghijklmnopqrstuvwxyz" : undefined;
  return filler(kind, n, real.length, alphabet);
}

/**
 * Stable placeholders for what is secret or belongs to the throwaway accounts, and the capture's
 * own times moved to MOMENT.
 */
function scrub(all) {
  /** @type {Map<string, string>} real → placeholder */
  const swap = new Map();
  const made = new Map();
  /** The next placeholder of a kind for `real` (the same one wherever `real` appears). */
  const add = (kind, real, placeholder) => {
    if (typeof real !== "string" || !real || swap.has(real)) return;
    const n = made.get(kind) ?? 0;
    made.set(kind, n + 1);
    swap.set(real, placeholder ? placeholder(n) : lookalike(kind, n, real));
  };
  const NAMES = ["ada", "grace", "alan", "edsger", "barbara", "donald", "frances", "john"];
  const walk = (value, visit, key) => {
    if (Array.isArray(value)) for (const v of value) walk(v, visit, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, visit, k);
    else visit(key, value);
  };

  // The accounts, sessions, keys and saved chart this capture made, by what their answers say of them.
  const mine = new Set(
    operationsOf(doc)
      .filter((o) => o.path.startsWith("/api/v1/auth/") || o.path.startsWith("/api/v1/charts/s/") || (o.method === "post" && o.path === "/api/v1/charts"))
      .map((o) => o.op.operationId),
  );
  for (const [id, byStatus] of Object.entries(all)) {
    if (!mine.has(id)) continue;
    walk(byStatus, (key, value) => {
      if (typeof value !== "string") return;
      if (value.includes(`${TAG}-`) && value.endsWith("@example.org"))
        add("email", value, (n) => `${NAMES[n % NAMES.length]}${n >= NAMES.length ? n : ""}@example.org`);
      else if (["id", "owner_user_id", "session_id", "api_key_id"].includes(key)) add("id", value);
      else if (key === "prefix" && value.startsWith("op_"))
        add("prefix", value, (n) => `op_${filler("prefix", n, value.length - 3, "0123456789abcdefghijklmnopqrstuvwxyz")}`);
      // A page's cursor names the last row's id: a session or key of this capture's too.
      else if (key === "next_cursor") for (const uuid of cursorText(value).match(UUIDS) ?? []) add("id", uuid);
    });
  }
  // Secrets: API keys (their visible prefix swapped too), refresh tokens, access tokens.
  for (const byStatus of Object.values(all)) {
    walk(byStatus, (key, value) => {
      if (typeof value !== "string") return;
      if (key === "key" && /^op_/.test(value)) {
        const prefix = [...swap.keys()].find((p) => p.startsWith("op_") && value.startsWith(p));
        const head = prefix ? swap.get(prefix) : "op_";
        add("key", value, (n) => head + filler("key", n, value.length - head.length));
      } else if (key === "refresh_token") {
        const head = value.match(/^[a-z]+_/)?.[0] ?? "";
        add("refresh", value, (n) => head + filler("refresh", n, value.length - head.length));
      }
    });
  }
  const replaceAll = (text) => {
    let out = text;
    for (const [real, placeholder] of [...swap].sort((a, b) => b[0].length - a[0].length)) out = out.split(real).join(placeholder);
    return out;
  };
  const moved = (iso) => {
    const t = Date.parse(iso);
    const at = new Date(MOMENT + Math.round((t - started) / 60_000) * 60_000).toISOString();
    return iso.includes(".") ? at : at.replace(/\.\d{3}Z$/, "Z");
  };
  const near = (t) => t > started - 90 * 86_400_000 && t < started + 400 * 86_400_000;
  const retime = (value) => {
    if (Array.isArray(value)) return value.map(retime);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retime(v)]));
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && near(Date.parse(value))) return moved(value);
    return value;
  };
  // An access token: its header kept, its claims scrubbed and moved, its signature a placeholder.
  const token = (jwt, n) => {
    const [header, payload, signature] = jwt.split(".");
    const claims = JSON.parse(replaceAll(Buffer.from(payload, "base64url").toString("utf8")));
    for (const claim of ["iat", "nbf", "exp", "auth_time"]) {
      if (typeof claims[claim] === "number") claims[claim] = Math.round((MOMENT + Math.round((claims[claim] * 1000 - started) / 60_000) * 60_000) / 1000);
    }
    return `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${filler("signature", n, signature.length)}`;
  };
  // A cursor (base64url JSON of the last row's sort key and id): scrubbed and moved inside.
  const cursor = (value) => {
    const text = cursorText(value);
    if (!text.startsWith("[") && !text.startsWith("{")) return value;
    return Buffer.from(JSON.stringify(retime(JSON.parse(replaceAll(text))))).toString("base64url");
  };
  let tokens = 0;
  const encoded = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => encoded(v));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encoded(v, k)]));
    if (key === "access_token" && typeof value === "string" && value.split(".").length === 3) return token(value, tokens++);
    if (key === "next_cursor" && typeof value === "string") return cursor(value);
    return value;
  };
  return retime(JSON.parse(replaceAll(JSON.stringify(encoded(all)))));
}

/**
 * Represent's answer for K1A 0A6 in its own format, from the loaded data: the current Ottawa Centre
 * district (Represent's federal districts carry the riding's number) and the member in office for
 * that riding, put where a lookup would have cached it.
 */
async function seedRepresentCache() {
  /** @type {{ data: { edid: number, name_en: string, representation_order: number, valid_through: string | null }[] }} */
  const ridings = await api("/ridings?q=Ottawa%20Centre&limit=10");
  const current = ridings.data.find((r) => r.name_en === "Ottawa Centre" && r.valid_through === null);
  const held = ridings.data.filter((r) => r.name_en === "Ottawa Centre");
  const members = (await Promise.all(held.map((r) => api(`/members?riding=${r.edid}&limit=50`)))).flatMap((page) => page.data);
  const mp = members.find((m) => m.in_office);
  if (!current || !mp) throw new Error("The loaded data has no current Ottawa Centre riding with a member in office.");
  const [first, ...rest] = mp.name.split(" ");
  const answer = {
    code: "K1A0A6",
    city: "Ottawa",
    province: "ON",
    boundaries_centroid: [
      {
        url: `/boundaries/federal-electoral-districts/${current.edid}/`,
        boundary_set_name: "Federal electoral district",
        name: current.name_en,
        external_id: String(current.edid),
        related: { boundary_set_url: "/boundary-sets/federal-electoral-districts/" },
      },
    ],
    representatives_centroid: [
      {
        name: mp.name,
        first_name: first,
        last_name: rest.join(" "),
        elected_office: "MP",
        district_name: current.name_en,
        representative_set_name: "House of Commons",
        party_name: mp.party?.short_name_en ?? null,
        email: null,
        url: mp.id ? `https://www.ourcommons.ca/Members/en/${mp.id}` : null,
        photo_url: null,
        offices: [],
      },
    ],
    boundaries_concordance: [],
    representatives_concordance: [],
  };
  const put = await promisify(execFile)(
    wrangler,
    // For a day, as the platform caches Represent's answers (workers/parliament/src/represent.ts).
    [
      "kv",
      "key",
      "put",
      "postcode:K1A0A6",
      JSON.stringify(answer),
      "--ttl",
      "86400",
      "--binding",
      "CONFIG",
      "--local",
      "--persist-to",
      persistTo,
      "-c",
      join(root, "workers", "parliament", "wrangler.toml"),
    ],
    { cwd: root, env: { ...process.env, CI: "1" } },
  ).catch((err) => err);
  if (put instanceof Error) throw new Error(`Could not put Represent's answer in the local cache: ${put.message}`);
}
