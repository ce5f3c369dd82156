import { describe, expect, it } from "vitest";
import { SERVICES } from "#shared/service/names";
import { matchRoute, ROUTES } from "./routes";

describe("matchRoute", () => {
  it("sends each public contract path to its service", () => {
    const cases: [string, string, string][] = [
      ["GET", "/api/v1/bills/44-1/C-332", "parliament"],
      ["GET", "/api/v1/votes/44-1/332/ballots", "parliament"],
      ["GET", "/api/v1/search/suggest", "search"],
      ["POST", "/api/v1/auth/login", "auth"],
      ["GET", "/.well-known/jwks.json", "auth"],
      ["GET", "/api/v1/etl/sources", "etl"],
      ["GET", "/api/v1/charts/vote-by-party", "charts"],
      ["GET", "/api/v1/health/history", "health"],
    ];
    for (const [method, path, service] of cases) {
      const match = matchRoute(method, path);
      expect(match.kind === "route" && match.entry.service, `${method} ${path}`).toBe(service);
    }
  });

  it("prefers the most specific prefix, with its own role", () => {
    const users = matchRoute("GET", "/api/v1/auth/users/u1");
    expect(users.kind === "route" && users.entry.access).toBe("admin");
    const login = matchRoute("POST", "/api/v1/auth/login");
    expect(login.kind === "route" && login.entry.access).toBe("public");
  });

  it("separates methods on one prefix", () => {
    const read = matchRoute("GET", "/api/v1/etl/runs");
    const start = matchRoute("POST", "/api/v1/etl/runs");
    expect(read.kind === "route" && read.entry.access).toBe("analyst");
    expect(start.kind === "route" && start.entry.access).toBe("admin");
  });

  it("does not match a prefix inside a longer word", () => {
    expect(matchRoute("GET", "/api/v1/billsx").kind).toBe("none");
    expect(matchRoute("GET", "/api/v1").kind).toBe("none");
  });

  it("lists the allowed methods when only the method is wrong", () => {
    expect(matchRoute("DELETE", "/api/v1/members/1")).toEqual({ kind: "method-not-allowed", allow: ["GET", "HEAD"] });
  });

  it("gives every service at least its health route", () => {
    for (const name of SERVICES) expect(ROUTES.some((r) => r.service === name && r.prefix === `/api/v1/health/${name}`)).toBe(true);
  });
});
