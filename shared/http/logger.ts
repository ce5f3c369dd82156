import { createMiddleware } from "hono/factory";
import { afterResponse } from "./after-response";
import "./context";
import { redact } from "./redact";

export type LogLevel = "debug" | "info" | "warn" | "error";

/**
 * One JSON object per line on the console: Workers Logs and `wrangler tail` index the fields,
 * so a line must never be split or interpolated into prose. Logs are kept and read by more people
 * than the data, so secrets are redacted on the way out (./redact.ts): fields named as secrets,
 * and `secrets` (e.g. those of the message a line is about) wherever they appear.
 */
export function log(level: LogLevel, message: string, fields: Record<string, unknown> = {}, secrets: readonly string[] = []): void {
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...redact(fields, secrets) });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Turns anything thrown into loggable fields without leaking it to clients. */
export function errorFields(err: unknown): Record<string, unknown> {
  if (err instanceof Error) return { error: err.message, error_name: err.name, stack: err.stack };
  return { error: String(err) };
}

/**
 * One log line per request: method, path, status, duration, request id, and the service that
 * answered (the gateway sets `service` once it has routed the request). A service leaves a
 * forwarded request's line to the gateway unless the request failed. With the var
 * `REQUEST_LOG = "errors"` only failed requests are logged: the test runtime sets it for the
 * service Workers, whose output is printed beside every test rather than with the one it belongs to.
 */
export function requestLogger(worker: string) {
  return createMiddleware<{ Bindings: { REQUEST_LOG?: string } }>(async (c, next) => {
    const started = Date.now();
    await next();
    const failed = c.res.status >= 500;
    // A request the gateway forwarded has its line in the gateway's log, under the same request
    // id: the service adds one only when it failed.
    if (!failed && (c.env?.REQUEST_LOG === "errors" || c.get("forwarded"))) return;
    const fields = {
      worker,
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      service: c.get("service") ?? worker,
      status: c.res.status,
      duration_ms: Date.now() - started,
      request_id: c.get("requestId"),
    };
    // Written once the response has left: the caller does not wait for its own log line.
    await afterResponse(c, () => log(failed ? "error" : "info", "request", fields));
  });
}
