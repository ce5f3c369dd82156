// Every operation of the API called as a client would, with real ids from the loaded data: the
// operations an OpenAPI document lists, the ids their path parameters take, their required query
// parameters and a body each accepts, and the validation of an answer against the schema the
// document declares for it. Shared by the contract test (test/browser/api-contract.test.ts), which
// calls every operation against the browser tests' platform, and `npm run api:examples`
// (scripts/api-examples.mjs), which captures an answer of each as the document's example.
import { randomUUID } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** @typedef {Record<string, unknown>} Json */
/**
 * @typedef {object} Operation
 * @property {string} method lower-case: `get`, `post`…
 * @property {string} path as the document writes it: `/api/v1/members/{id}`
 * @property {Json & { operationId?: string, responses: Record<string, Json>, parameters?: Json[], requestBody?: unknown, security?: Json[] }} op
 */
/**
 * A call to the API under `/api/v1` that answers the parsed JSON of a 2xx answer and throws
 * (naming the status and body) on any other.
 * @typedef {<T = any>(path: string, init?: RequestInit) => Promise<T>} Api
 */

export const METHODS = ["get", "post", "put", "patch", "delete"];

/**
 * Every operation of a document.
 * @param {{ paths: Record<string, Record<string, any>> }} doc
 * @returns {Operation[]}
 */
export function operationsOf(doc) {
  return Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((method) => ({ method, path, op: item[method] })));
}

/**
 * Validation against the document's schemas with ajv (JSON Schema 2020-12, formats checked).
 * Schemas refer to `#/components/schemas/X`: the document itself is the schema registry.
 * @param {Json} doc
 */
export function schemaValidation(doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  // ajv-formats is CommonJS: its function is the default export, or that export's `default`.
  const formats = /** @type {any} */ (addFormats).default ?? addFormats;
  formats(ajv);
  ajv.addSchema({ $id: "openapi.json", components: doc.components });
  /** @type {Map<string, import("ajv").ValidateFunction>} */
  const compiled = new Map();
  /** @param {Json} schema */
  const validatorFor = (schema) => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"openapi.json#/components/')));
      compiled.set(key, validate);
    }
    return validate;
  };
  return {
    /**
     * Why `value` does not validate against `schema` (up to five errors), or undefined when it does.
     * @param {Json} schema
     * @param {unknown} value
     * @returns {string | undefined}
     */
    problems(schema, value) {
      const validate = validatorFor(schema);
      return validate(value) ? undefined : ajv.errorsText(validate.errors?.slice(0, 5));
    },
  };
}

/**
 * Signs in through the API. Granting admin writes to the local D1 files under the running dev
 * server, which restarts the Worker that holds them; a sign-in in that moment is answered 503
 * "restarted mid-request" (only GETs are retried by the server), so it is sent again.
 * @param {Api} api
 * @param {string} email
 * @param {string} password
 * @param {string} [device_name]
 * @returns {Promise<{ access_token: string, refresh_token: string }>}
 */
export async function signIn(api, email, password, device_name) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api("/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password, ...(device_name ? { device_name } : {}) }),
      });
    } catch (err) {
      if (attempt >= 5 || !String(err).includes("restarted mid-request")) throw err;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/**
 * Real ids from the loaded data for every path parameter the document uses, and what some calls
 * need made first as the signed-in admin `who`: a saved chart, an API key, a second session
 * ("to end", with its refresh token). Answers each operation's URL (path and required query) and
 * a body it accepts.
 * @param {Api} api
 * @param {{ email: string, password: string, tag: string }} who an admin, and a tag for the accounts and keys made here
 * @param {Record<string, string>} auth the admin's credentials, as headers
 */
export async function realCalls(api, who, auth) {
  /** @type {<T>(path: string) => Promise<T>} */
  const first = async (path) => (await api(path, { headers: auth })).data[0];

  /** @type {{ session: string, number: number }} */
  const vote = await first("/votes?session=44-1&limit=1");
  /** @type {{ session: string, number: string }} */
  const bill = await first("/bills?limit=1");
  /** @type {{ id: number | null, slug: string }} */
  const member = await first("/members?q=Collins&limit=1");
  /** @type {{ edid: number }} */
  const riding = await first("/ridings?limit=1");
  /** @type {{ date: string }} */
  const debate = await first("/debates?limit=1");
  /** @type {{ slug: string }} */
  const committee = await first("/committees?limit=1");
  /** @type {{ session: string, number: number }} */
  const meeting = await first(`/committees/${committee.slug}/meetings?limit=1`);
  /** @type {{ jurisdiction: { slug: string }, slug: string }} */
  const representative = await first("/representatives?limit=1");
  /** @type {{ id: string }} */
  const run = await first("/etl/runs?source=hansard-debates&limit=1");
  // An account of this caller's own making (its tag), so no one else's roles are touched.
  /** @type {{ id: string }} */
  const user = await first(`/auth/users?limit=1&q=${encodeURIComponent(who.tag)}`);
  /** @type {{ id: string }} */
  const chart = await api("/charts", {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ kind: "vote-by-party", session: vote.session, number: vote.number }),
  });
  /** @type {{ id: string }} */
  const key = await api("/auth/api-keys", {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ name: `${who.tag} key` }),
  });
  const second = await signIn(api, who.email, who.password, "to end");
  // The session to end: the one signed in just now, "to end".
  /** @type {{ data: { id: string, device_name: string | null }[] }} */
  const sessions = await api("/auth/sessions", { headers: auth });
  const session = sessions.data.find((s) => s.device_name === "to end");
  if (!session) throw new Error('The session signed in as "to end" is not in /auth/sessions.');

  /** @type {Record<string, string>} */
  const ids = { "{code}": vote.session, "{edid}": String(riding.edid), "{date}": debate.date, "{jurisdiction}": representative.jurisdiction.slug };
  /** @param {Operation} o */
  const path = (o) => {
    const p = o.path;
    /** @param {Record<string, string | number>} values */
    const fill = (values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, encodeURIComponent(String(v))), p);
    if (p.startsWith("/api/v1/bills/")) return fill(bill);
    if (p.startsWith("/api/v1/votes/")) return fill(vote);
    if (p.startsWith("/api/v1/members/")) return fill({ id: member.id ?? member.slug });
    if (p.startsWith("/api/v1/committees/")) return fill({ slug: committee.slug, session: meeting.session, number: meeting.number });
    if (p.startsWith("/api/v1/representatives/")) return fill({ jurisdiction: representative.jurisdiction.slug, slug: representative.slug });
    if (p.startsWith("/api/v1/etl/runs/")) return fill({ id: run.id });
    if (p.startsWith("/api/v1/charts/s/")) return fill({ id: chart.id });
    if (p.startsWith("/api/v1/auth/users/")) return fill({ id: user.id });
    if (p.startsWith("/api/v1/auth/api-keys/")) return fill({ id: key.id });
    if (p.startsWith("/api/v1/auth/sessions/")) return fill({ id: session.id });
    if (p.startsWith("/api/v1/postcodes/")) return fill({ code: "K1A0A6" });
    return Object.entries(ids).reduce((s, [k, v]) => s.replaceAll(k, v), p);
  };
  /** @type {Record<string, string>} */
  const QUERY = { session: vote.session, number: String(vote.number), member: String(member.id ?? member.slug), q: "tax" };
  /** @param {Operation} o */
  const query = (o) =>
    (o.op.parameters ?? [])
      .filter((p) => p.in === "query" && p.required)
      .map((p) => `${p.name}=${encodeURIComponent(QUERY[/** @type {string} */ (p.name)] ?? "")}`);
  const password = "a passphrase of many words for the examples";
  /** @type {Record<string, Json>} */
  const BODIES = {
    "post /api/v1/auth/register": { email: `${who.tag}-registered-${randomUUID()}@example.org`, password },
    "post /api/v1/auth/login": { email: who.email, password: who.password, device_name: "Firefox on Linux" },
    "post /api/v1/auth/refresh": { refresh_token: second.refresh_token },
    "post /api/v1/auth/password-reset/request": { email: who.email },
    "patch /api/v1/auth/api-keys/{id}": { tier: "free" },
    "patch /api/v1/auth/me": { locale: "en" },
    "patch /api/v1/auth/users/{id}": { roles: ["citizen", "admin"] },
    "post /api/v1/charts": { kind: "party-cohesion", session: vote.session },
    "post /api/v1/auth/api-keys": { name: `${who.tag} key two` },
    // The rest are called with an empty object: each answers what it answers to that (a 400 naming the fields).
  };
  return {
    vote,
    member,
    /**
     * The operation's path with real ids, and its required query parameters with `extra` after them.
     * @param {Operation} o
     * @param {string[]} [extra] `name=value` pairs
     */
    url(o, extra = []) {
      const params = [...query(o), ...extra];
      return `${path(o)}${params.length ? `?${params.join("&")}` : ""}`;
    },
    /**
     * A body the operation accepts when it takes one (JSON text), else undefined.
     * @param {Operation} o
     */
    body(o) {
      return o.op.requestBody !== undefined ? JSON.stringify(BODIES[`${o.method} ${o.path}`] ?? {}) : undefined;
    },
  };
}
