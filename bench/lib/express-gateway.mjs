// The classic Node gateway, for comparison with ours: Express, `jsonwebtoken` verifying the
// platform's ES256 access tokens, `express-rate-limit` with its in-memory store, and
// `http-proxy-middleware` forwarding to a service over HTTP. It does what our gateway does to a
// request on a public parliament route (request id, security and CORS headers, caller from the
// token, per-caller rate limit with IETF headers, caller headers to the service, circuit breaker,
// one JSON log line), so the two can be compared doing the same work.
//
// It runs in a child process (`startExpressGateway`) so its CPU time is measured on its own, not
// mixed into the load generator's.
import { fork } from "node:child_process";
import { createPublicKey, randomUUID } from "node:crypto";
import { Agent } from "node:http";
import { fileURLToPath } from "node:url";
import express from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { createProxyMiddleware } from "http-proxy-middleware";
import jwt from "jsonwebtoken";

/**
 * @typedef {object} ExpressGatewayConfig
 * @property {string} upstream the service's base URL
 * @property {{ keys: object[] }} jwks public JWKs with `kid`, as the auth service publishes them
 * @property {{ issuer: string, audience: string, algorithm: string }} token the access tokens' claims
 * @property {Record<string, { limit: number, windowSeconds: number }>} rateLimits by tier
 * @property {{ failureThreshold: number, windowSeconds: number, cooldownSeconds: number, halfOpenProbes: number }} breaker
 * @property {string[]} prefixes the read-only path prefixes the service answers
 * @property {string} service its name, for logs and problems
 */

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const INTERNAL_HEADER_PREFIX = "x-openpolicy-";
const SERVICE_TIMEOUT_MS = 25_000;
const ROLES = ["citizen", "analyst", "admin", "service"];

// What our gateway's secureHeaders and CORS middleware put on a request without an Origin.
const STATIC_HEADERS = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "cross-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "DENY",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "X-Request-Id,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,Retry-After,ETag,Location",
};

const PROBLEM_TITLES = {
  401: "Authentication required",
  404: "Not found",
  429: "Too many requests",
  502: "Upstream service failed",
  503: "Service unavailable",
};

function problem(res, status, detail, headers = {}) {
  res.status(status).set(headers).type("application/problem+json");
  res.send(JSON.stringify({ type: "about:blank", title: PROBLEM_TITLES[status] ?? "Error", status, detail, request_id: res.locals.requestId }));
}

/**
 * The usual in-process breaker: closed → open after `failureThreshold` failures within
 * `windowSeconds` → half-open after `cooldownSeconds` with `halfOpenProbes` probes → closed on a
 * successful probe. Its state lives in this one process, unlike our CircuitBreaker Durable Object,
 * which every gateway isolate shares.
 */
class Breaker {
  state = "closed";
  failures = [];
  reopensAt = 0;
  probes = 0;

  constructor(config) {
    this.config = config;
  }

  admit(now = Date.now()) {
    if (this.state === "open") {
      if (now < this.reopensAt) return { allowed: false, probe: false, retryAfterSeconds: Math.ceil((this.reopensAt - now) / 1000) };
      this.state = "half_open";
      this.probes = 0;
    }
    if (this.state === "half_open") {
      if (this.probes >= this.config.halfOpenProbes) return { allowed: false, probe: false, retryAfterSeconds: 1 };
      this.probes++;
      return { allowed: true, probe: true };
    }
    return { allowed: true, probe: false };
  }

  record(admission, outcome, now = Date.now()) {
    if (admission.probe) {
      this.probes--;
      if (outcome === "success") {
        this.state = "closed";
        this.failures = [];
      } else {
        this.trip(now);
      }
      return;
    }
    if (outcome === "success" || this.state !== "closed") return;
    this.failures = this.failures.filter((t) => t > now - this.config.windowSeconds * 1000);
    this.failures.push(now);
    if (this.failures.length >= this.config.failureThreshold) this.trip(now);
  }

  trip(now) {
    this.state = "open";
    this.reopensAt = now + this.config.cooldownSeconds * 1000;
    this.failures = [];
  }
}

function tierOf(roles) {
  return roles.includes("admin") ? "admin" : roles.includes("analyst") ? "analyst" : "citizen";
}

/** @param {ExpressGatewayConfig} config */
export function createExpressGateway(config) {
  const keys = new Map(config.jwks.keys.map((k) => [k.kid, createPublicKey({ key: k, format: "jwk" })]));
  const getKey = (header, done) => {
    const key = keys.get(header.kid);
    done(key ? null : new Error(`unknown kid ${header.kid}`), key);
  };
  const verifyOptions = { algorithms: [config.token.algorithm], issuer: config.token.issuer, audience: config.token.audience };
  const breaker = new Breaker(config.breaker);
  const unauthorized = (res, detail) => problem(res, 401, detail, { "www-authenticate": 'Bearer realm="openpolicy", error="invalid_token"' });

  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");

  app.use((req, res, next) => {
    const given = req.get("x-request-id");
    const requestId = given && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.set("x-request-id", requestId).set(STATIC_HEADERS);
    const started = Date.now();
    res.on("finish", () => {
      const level = res.statusCode >= 500 ? "error" : "info";
      const line = JSON.stringify({
        level,
        message: "request",
        time: new Date().toISOString(),
        worker: "express-gateway",
        method: req.method,
        path: req.path,
        service: res.locals.service ?? "express-gateway",
        status: res.statusCode,
        duration_ms: Date.now() - started,
        request_id: requestId,
      });
      (level === "error" ? process.stderr : process.stdout).write(`${line}\n`);
    });
    next();
  });

  // No credentials means anonymous; credentials that do not verify are a 401, as in ours.
  app.use((req, res, next) => {
    const header = req.get("authorization");
    if (!header) {
      res.locals.caller = { kind: "anonymous", userId: null, roles: [], tier: "anonymous" };
      return next();
    }
    const token = header.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (!token) return unauthorized(res, "The Authorization header must be `Bearer <token>`.");
    jwt.verify(token, getKey, verifyOptions, (err, payload) => {
      if (err) return unauthorized(res, err.name === "TokenExpiredError" ? "The access token has expired; refresh it." : "The access token is not valid.");
      if (!payload.sub) return unauthorized(res, "The access token names no subject.");
      const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r) => ROLES.includes(r));
      res.locals.caller = { kind: "user", userId: payload.sub, roles, tier: tierOf(roles) };
      next();
    });
  });

  const limitOf = (tier) => config.rateLimits[tier] ?? config.rateLimits.free;
  // express-rate-limit takes one window for all callers; our tiers all share one length.
  const windows = new Set(Object.values(config.rateLimits).map((l) => l.windowSeconds));
  if (windows.size !== 1) throw new Error("express-rate-limit needs one window for every tier");
  app.use(
    rateLimit({
      windowMs: [...windows][0] * 1000,
      limit: (_req, res) => limitOf(res.locals.caller.tier).limit,
      keyGenerator: (req, res) => (res.locals.caller.userId ? `user:${res.locals.caller.userId}` : `ip:${ipKeyGenerator(req.ip ?? "unknown")}`),
      standardHeaders: "draft-6",
      legacyHeaders: false,
      handler: (_req, res, _next, options) => {
        const { tier } = res.locals.caller;
        const { limit, windowSeconds } = limitOf(tier);
        problem(res, options.statusCode, `The ${tier} tier allows ${limit} requests per ${windowSeconds} s; try again in ${res.get("retry-after")} s.`);
      },
    }),
  );

  const covers = (req) => (req.method === "GET" || req.method === "HEAD") && config.prefixes.some((p) => req.path === p || req.path.startsWith(`${p}/`));
  app.use((req, res, next) => {
    if (!covers(req)) return problem(res, 404, `No API route matches ${req.path}.`);
    res.locals.service = config.service;
    const admission = breaker.admit();
    if (!admission.allowed) {
      const retryAfter = String(admission.retryAfterSeconds);
      return problem(res, 503, `The ${config.service} service is failing and is being given time to recover; try again in ${retryAfter} s.`, {
        "retry-after": retryAfter,
      });
    }
    res.locals.admission = admission;
    next();
  });

  app.use(
    createProxyMiddleware({
      target: config.upstream,
      changeOrigin: true,
      agent: new Agent({ keepAlive: true }),
      proxyTimeout: SERVICE_TIMEOUT_MS,
      on: {
        proxyReq: (proxyReq, _req, res) => {
          for (const name of proxyReq.getHeaderNames()) if (name.startsWith(INTERNAL_HEADER_PREFIX)) proxyReq.removeHeader(name);
          const { caller, requestId } = res.locals;
          proxyReq.setHeader("x-request-id", requestId);
          proxyReq.setHeader("x-openpolicy-caller", caller.kind);
          proxyReq.setHeader("x-openpolicy-roles", caller.roles.join(","));
          proxyReq.setHeader("x-openpolicy-tier", caller.tier);
          if (caller.userId) proxyReq.setHeader("x-openpolicy-user-id", caller.userId);
        },
        proxyRes: (proxyRes, _req, res) => {
          breaker.record(res.locals.admission, proxyRes.statusCode >= 500 ? "failure" : "success");
        },
        error: (_err, _req, res) => {
          breaker.record(res.locals.admission, "failure");
          if (!res.headersSent) {
            problem(res, 502, `The ${config.service} service failed to answer this request; quote request id ${res.locals.requestId} when reporting it.`);
          }
        },
      },
    }),
  );
  return app;
}

/**
 * Starts the Express gateway in a child Node process listening on a free local port. Its log
 * lines are read into memory, as the benchmark does with workerd's, so that neither gateway pays
 * for a terminal.
 *
 * @param {ExpressGatewayConfig} config
 * @returns {Promise<{ url: string, pid: number, logLines: () => number, output: string[], stop: () => Promise<void> }>}
 */
export async function startExpressGateway(config) {
  const child = fork(fileURLToPath(import.meta.url), [], {
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    serialization: "json",
    // As it would run in production: Express skips its development-only work.
    env: { ...process.env, NODE_ENV: "production" },
  });
  let lines = 0;
  const output = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) {
      if (!line) continue;
      lines++;
      output.push(line);
      if (output.length > 40) output.shift();
    }
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  try {
    const port = await new Promise((resolve, reject) => {
      child.once("message", (m) => (m.error ? reject(new Error(`express gateway: ${m.error}`)) : resolve(m.port)));
      child.once("exit", (code) => reject(new Error(`express gateway exited (${code}) before listening: ${output.join("\n")}`)));
      child.send(config);
    });
    return { url: `http://127.0.0.1:${port}`, pid: child.pid, logLines: () => lines, output, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

// Run as the child: take the config from the parent, listen, report the port. Leave with the
// parent, so a benchmark that dies does not leave a server behind.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  process.once("disconnect", () => process.exit(0));
  process.once("message", (config) => {
    try {
      const server = createExpressGateway(config).listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
    } catch (err) {
      process.send({ error: err instanceof Error ? err.message : String(err) });
    }
  });
}
