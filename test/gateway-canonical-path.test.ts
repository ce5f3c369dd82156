import { beforeAll, describe, expect, it } from "vitest";
import { signUp } from "../workers/auth/test/client";
import { gateway, readProblem } from "./helpers";

/**
 * One canonical path: the gateway matches its route table on the canonical form of the path and
 * forwards exactly that, so escapes, doubled slashes and dot segments cannot make a protected
 * route look public. (Tricks the URL parser already resolves before a Worker sees the request,
 * such as a literal `/./`, are covered with the raw strings in src/middleware/canonical-path.test.ts.)
 */

let citizen: Record<string, string>;
beforeAll(async () => {
  const { tokens } = await signUp("canonical");
  citizen = { authorization: `Bearer ${tokens.access_token}` };
});

describe("the gateway's one canonical path", () => {
  it.each([
    ["/api/v1/auth/%75sers", "/api/v1/auth/users"],
    ["/api/v1/auth/%61dmin/api-keys", "/api/v1/auth/admin/api-keys"],
    ["/api/v1/search/%61nalytics", "/api/v1/search/analytics"],
    ["/api/v1/auth/users/", "/api/v1/auth/users"],
  ])("matches %s as the admin route %s, at the gateway", async (raw, canonical) => {
    const anonymous = await gateway(raw);
    expect(anonymous.status).toBe(401);
    expect((await readProblem(anonymous)).detail).toBe(`${canonical} requires a signed-in caller with the admin role.`);
    const asCitizen = await gateway(raw, { headers: citizen });
    expect(asCitizen.status).toBe(403);
    expect((await readProblem(asCitizen)).detail).toBe(`${canonical} requires the admin role.`);
  });

  it("resolves dot segments to the route they land on, never past its check", async () => {
    for (const raw of ["/api/v1/search/%2e%2e/auth/users", "/api/v1/search/.%2e/auth/users", "/api/v1/parties/../auth/users"]) {
      const response = await gateway(raw);
      expect([400, 401], raw).toContain(response.status);
      const { detail } = await readProblem(response);
      if (response.status === 401) expect(detail).toBe("/api/v1/auth/users requires a signed-in caller with the admin role.");
    }
  });

  it.each([
    ["/api/v1/auth%2fusers", "an encoded slash (%2f)"],
    ["/api/v1/auth%2Fusers", "an encoded slash (%2F)"],
    ["/api/v1//auth/users", "an empty segment (//)"],
    ["/api/v1/parties%00", "an encoded control character (%00)"],
  ])("refuses %s with a 400", async (raw, problem) => {
    const response = await gateway(raw);
    expect(response.status).toBe(400);
    expect((await readProblem(response)).detail).toBe(`The request path contains ${problem}; send each resource's one canonical path.`);
  });

  it("forwards the canonical path, so a disguised public path answers as the plain one", async () => {
    const plain = await gateway("/api/v1/parties");
    expect(plain.status).toBe(200);
    const expected = await plain.json();
    for (const raw of ["/api/v1/%70arties", "/api/v1/parties/"]) {
      const response = await gateway(raw);
      expect(response.status, raw).toBe(200);
      expect(await response.json()).toEqual(expected);
    }
  });

  it("is case-sensitive: another spelling is not a route", async () => {
    for (const raw of ["/API/v1/auth/users", "/api/v1/AUTH/users", "/api/v1/auth/USERS"]) {
      const response = await gateway(raw);
      expect(response.status, raw).toBe(404);
    }
  });
});
