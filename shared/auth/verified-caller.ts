import { createMiddleware } from "hono/factory";
import { log } from "#shared/http/logger";
import type { ServiceName } from "../service/names";
import { verifyAssertion, type AssertionEnv } from "./assertion";

/**
 * Every service's first word on identity: the caller and client address come from the gateway's
 * signed assertion for this request, or the request is anonymous. Headers that merely claim an
 * identity are never read.
 */
export const verifiedCaller = (service: ServiceName) =>
  createMiddleware<{ Bindings: AssertionEnv }>(async (c, next) => {
    const verified = await verifyAssertion(c.env, service, c.req.raw);
    if (verified.reason) log("warn", "gateway assertion refused; the request is anonymous", { reason: verified.reason, path: c.req.path });
    c.set("caller", verified.caller);
    c.set("clientAddress", verified.clientAddress);
    c.set("forwarded", verified.requestId !== null);
    await next();
  });
