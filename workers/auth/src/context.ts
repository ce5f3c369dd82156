import type { OpenAPIHono } from "@hono/zod-openapi";

/** The auth service's Hono app, as every route file's `register…(app)` receives it. */
export type AuthApp = OpenAPIHono<{ Bindings: Env }>;
