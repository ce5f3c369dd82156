import type { OpenAPIHono } from "@hono/zod-openapi";

/** The parliament service's Hono app, as every route file's `register…(app)` receives it. */
export type ParliamentApp = OpenAPIHono<{ Bindings: Env }>;
