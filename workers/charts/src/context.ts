import type { OpenAPIHono } from "@hono/zod-openapi";

/** The charts service's Hono app, as every route file's `register…(app)` receives it. */
export type ChartsApp = OpenAPIHono<{ Bindings: Env }>;
