import type { OpenAPIDocument } from "#shared/service/rpc";
import { accessOf, type Access } from "#shared/service/routes";
import CAPTURED from "./examples.json";

/**
 * What every operation of the platform shares, said once for the whole document rather than by
 * each route: how callers authenticate (and which operations need it, from the route table),
 * the errors the gateway itself may answer for any call, a stable `operationId`, and the example
 * of each success answer. Services document what is theirs (success bodies, 400/404/409…); the
 * merged document gets the rest here.
 */

type Json = Record<string, unknown>;
type Operation = Json & { responses?: Record<string, unknown>; parameters?: Json[]; requestBody?: unknown; security?: unknown };

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

const PROBLEM = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };

/** The RateLimit headers every answer of a rate-limited call carries (draft-ietf-httpapi-ratelimit-headers). */
const RATE_LIMIT_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimitLimit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimitRemaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimitReset" },
};

const HEADERS = {
  RateLimitLimit: { description: "Calls the caller's budget allows per window.", schema: { type: "integer" } },
  RateLimitRemaining: { description: "Calls left in the current window.", schema: { type: "integer" } },
  RateLimitReset: { description: "Seconds until the window resets.", schema: { type: "integer" } },
  RetryAfter: { description: "Seconds to wait before trying again.", schema: { type: "integer" } },
};

const problem = (description: string, headers: Json = RATE_LIMIT_HEADERS) => ({ description, headers, content: PROBLEM });

/** The gateway's own error answers, shared by reference. */
const RESPONSES = {
  BadRequest: problem("A parameter or the body is invalid; `errors[]` names each one."),
  Unauthorized: problem(
    "Credentials were sent that do not verify (an expired or revoked token, an unknown API key), or the route needs a caller and none was sent.",
  ),
  Forbidden: problem("The caller lacks the role the route needs."),
  NotFound: problem("No such resource; `detail` names the id."),
  UnsupportedMediaType: problem("The body is not `application/json`."),
  TooManyRequests: problem("The caller's rate limit is spent; `Retry-After` says when to try again.", {
    ...RATE_LIMIT_HEADERS,
    "Retry-After": { $ref: "#/components/headers/RetryAfter" },
  }),
  ServiceUnavailable: problem(
    "The service that answers this route is unavailable (its circuit breaker is open, or it failed); `Retry-After` says when to try again.",
    {
      "Retry-After": { $ref: "#/components/headers/RetryAfter" },
    },
  ),
};

const SECURITY_SCHEMES = {
  accessToken: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "An access token from `POST /api/v1/auth/sign-in` (or `/auth/refresh`): `Authorization: Bearer <token>`.",
  },
  apiKey: {
    type: "apiKey",
    in: "header",
    name: "X-API-Key",
    description: "An API key from `POST /api/v1/auth/api-keys` (`op_…`), in the `X-API-Key` header.",
  },
  apiKeyBearer: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "op_… API key",
    description: "The same API key sent as `Authorization: Bearer op_…`.",
  },
};

/** Any one of the ways to authenticate; a public operation also takes none (`{}`). */
const AUTHENTICATED = [{ accessToken: [] }, { apiKey: [] }, { apiKeyBearer: [] }];

/** `get /api/v1/members/{id}/votes` → `getMembersByIdVotes`: unique, stable, readable. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\/?/, "")
    .replace(/^\/+/, "")
    .split("/")
    .filter(Boolean)
    .flatMap((segment) => {
      const param = segment.match(/^\{(.+)\}$/);
      const text = param ? `by-${param[1]}` : segment;
      return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
    });
  const camel = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  return `${method.toLowerCase()}${camel || "Root"}`;
}

/**
 * A reference that may be null written so null validates: `allOf: [{$ref}, {type: [object, null]}]`
 * (what the schema library emits) requires the referenced object too, so it becomes
 * `anyOf: [{$ref}, {type: null}]`, keeping any description beside it.
 */
function nullableRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableRefs);
  if (typeof value !== "object" || value === null) return value;
  const object = value as Json;
  const allOf = object.allOf;
  if (Array.isArray(allOf) && allOf.length === 2) {
    const [ref, nullable] = allOf as Json[];
    const types = nullable?.type;
    if (typeof ref?.$ref === "string" && Array.isArray(types) && types.includes("null") && Object.keys(nullable!).every((k) => ANNOTATIONS.has(k))) {
      const { allOf: _allOf, ...rest } = object;
      const { type: _type, ...notes } = nullable!;
      return { ...mapValues(rest, nullableRefs), ...notes, anyOf: [ref, { type: "null" }] };
    }
  }
  return mapValues(object, nullableRefs);
}

/** Keys that describe a schema without constraining it, moved beside `anyOf`. */
const ANNOTATIONS = new Set(["type", "description", "title", "example", "examples", "deprecated"]);

const mapValues = (object: Json, f: (v: unknown) => unknown): Json => Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v)]));

/**
 * Examples of success answers by operationId, status and media type: real answers of the local
 * platform with its loaded data, captured by `npm run api:examples` (scripts/api-examples.mjs).
 */
export type Examples = Record<string, Record<string, Record<string, unknown>>>;
const EXAMPLES: Examples = CAPTURED;

/** Gives each 2xx answer's content its example, unless the service wrote one itself. */
function addExamples(op: Operation, examples: Examples): void {
  const captured = typeof op.operationId === "string" ? examples[op.operationId] : undefined;
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    if (!status.startsWith("2")) continue;
    const content = (response as { content?: Record<string, Json> }).content ?? {};
    for (const [type, media] of Object.entries(content)) {
      const example = captured?.[status]?.[type];
      if (example !== undefined && media.example === undefined && media.examples === undefined) media.example = example;
    }
  }
}

/** The responses an operation may get from the gateway whatever its service says, by status. */
function sharedResponses(path: string, op: Operation, access: Access): Record<string, Json> {
  const hasInput = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined;
  const shared: Record<string, Json> = {};
  if (hasInput) shared["400"] = { $ref: "#/components/responses/BadRequest" };
  shared["401"] = { $ref: "#/components/responses/Unauthorized" };
  if (access !== "public") shared["403"] = { $ref: "#/components/responses/Forbidden" };
  if (path.includes("{")) shared["404"] = { $ref: "#/components/responses/NotFound" };
  if (op.requestBody !== undefined) shared["415"] = { $ref: "#/components/responses/UnsupportedMediaType" };
  shared["429"] = { $ref: "#/components/responses/TooManyRequests" };
  shared["503"] = { $ref: "#/components/responses/ServiceUnavailable" };
  return shared;
}

/** Completes the merged document: security, shared errors, operation ids, examples, nullable references. */
export function completeContract(doc: OpenAPIDocument, examples: Examples = EXAMPLES): OpenAPIDocument {
  const out = nullableRefs(doc) as OpenAPIDocument & Json;
  const components = (out.components ?? {}) as Json;
  out.components = {
    ...components,
    securitySchemes: { ...(components.securitySchemes as Json | undefined), ...SECURITY_SCHEMES },
    responses: { ...(components.responses as Json | undefined), ...RESPONSES },
    headers: { ...(components.headers as Json | undefined), ...HEADERS },
  } as OpenAPIDocument["components"];
  for (const [path, item] of Object.entries(out.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const access = accessOf(path, method.toUpperCase());
      op.operationId ??= operationIdOf(method, path);
      addExamples(op, examples);
      op.security = access === "public" ? [{}, ...AUTHENTICATED] : AUTHENTICATED;
      // A service's own description of a status (which parameter, which conflict) stands.
      op.responses = { ...sharedResponses(path, op, access), ...op.responses };
    }
  }
  // Only the shared answers some operation refers to stay (a service's own 404 replaces NotFound).
  const used = JSON.stringify(out.paths ?? {});
  const responses = (out.components as Json).responses as Json;
  for (const name of Object.keys(RESPONSES)) if (!used.includes(`"#/components/responses/${name}"`)) delete responses[name];
  return out;
}
