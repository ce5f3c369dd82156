import type { ServiceName } from "./names";
import { SERVICES } from "./names";

/**
 * Who may call a route: anyone, or a caller holding at least this role. Roles rank
 * citizen < analyst < admin; `service` is for Workers calling each other.
 */
export type Access = "public" | "citizen" | "analyst" | "admin" | "service";

export interface RouteEntry {
  /** Path prefix; matches the path itself and anything below it (`/api/v1/bills` → `/api/v1/bills/44-1/C-332`). */
  prefix: string;
  service: ServiceName;
  access: Access;
  /** Methods this entry covers; entries without methods cover every method. */
  methods?: readonly string[];
}

const READ = ["GET", "HEAD"] as const;

/**
 * The platform's service discovery: which service answers which paths, and who may call them.
 * A path no entry covers is a 404 at the gateway and never reaches a service. Paths are the
 * public contract in API.md. The gateway enforces each entry's access before forwarding, and
 * every service enforces it again for its own paths (./access.ts), so neither a routing mistake
 * nor a request that reached a service some other way opens a protected route. A path is routed
 * only once its service answers it: the document at /api/v1/openapi.json has an operation under
 * every prefix here (test/openapi.test.ts).
 */
export const ROUTES: readonly RouteEntry[] = [
  // Parliament data is public and read-only.
  ...["sessions", "parties", "ridings", "members", "bills", "votes", "debates", "committees", "representatives", "postcodes"].map(
    (path): RouteEntry => ({ prefix: `/api/v1/${path}`, service: "parliament", access: "public", methods: READ }),
  ),

  { prefix: "/api/v1/search", service: "search", access: "public", methods: READ },
  { prefix: "/api/v1/search/analytics", service: "search", access: "admin" },

  { prefix: "/api/v1/auth", service: "auth", access: "public" },
  { prefix: "/api/v1/auth/me", service: "auth", access: "citizen" },
  { prefix: "/api/v1/auth/sessions", service: "auth", access: "citizen" },
  { prefix: "/api/v1/auth/api-keys", service: "auth", access: "citizen" },
  { prefix: "/api/v1/auth/users", service: "auth", access: "admin" },
  { prefix: "/api/v1/auth/admin/api-keys", service: "auth", access: "admin" },
  { prefix: "/.well-known/jwks.json", service: "auth", access: "public", methods: READ },

  { prefix: "/api/v1/charts", service: "charts", access: "public", methods: READ },
  { prefix: "/api/v1/charts", service: "charts", access: "citizen", methods: ["POST"] },

  { prefix: "/api/v1/health/history", service: "health", access: "admin" },

  { prefix: "/api/v1/etl/sources", service: "etl", access: "public", methods: READ },
  { prefix: "/api/v1/etl/quality", service: "etl", access: "public", methods: READ },
  { prefix: "/api/v1/etl/runs", service: "etl", access: "analyst", methods: READ },
  { prefix: "/api/v1/etl/runs", service: "etl", access: "admin", methods: ["POST"] },

  // Each service's own health check, public like the aggregate the gateway serves itself.
  ...SERVICES.map((name): RouteEntry => ({ prefix: `/api/v1/health/${name}`, service: name, access: "public", methods: READ })),
];

export type RouteMatch =
  | { kind: "route"; entry: RouteEntry }
  /** A prefix covers the path but not this method: the gateway answers 405 with `Allow`. */
  | { kind: "method-not-allowed"; allow: string[] }
  | { kind: "none" };

function covers(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);
}

/** The most specific entry (longest prefix) that covers the path and the method. */
export function matchRoute(method: string, path: string, routes: readonly RouteEntry[] = ROUTES): RouteMatch {
  const candidates = routes.filter((r) => covers(r.prefix, path));
  if (candidates.length === 0) return { kind: "none" };
  const longest = Math.max(...candidates.map((r) => r.prefix.length));
  const mostSpecific = candidates.filter((r) => r.prefix.length === longest);
  const entry = mostSpecific.find((r) => !r.methods || r.methods.includes(method));
  if (entry) return { kind: "route", entry };
  // A less specific entry may still take the method (e.g. POST under a read-only sub-path).
  const fallback = candidates
    .filter((r) => r.prefix.length < longest && (!r.methods || r.methods.includes(method)))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (fallback) return { kind: "route", entry: fallback };
  return { kind: "method-not-allowed", allow: [...new Set(mostSpecific.flatMap((r) => r.methods ?? []))] };
}

/**
 * Who may call an OpenAPI path template (`/api/v1/members/{id}`) with a method, by the route
 * table: what the document says each operation needs. A path no entry covers is the gateway's
 * own (`/api/v1/health`, the document itself): public.
 */
export function accessOf(pathTemplate: string, method: string): Access {
  const match = matchRoute(method, pathTemplate);
  return match.kind === "route" ? match.entry.access : "public";
}
