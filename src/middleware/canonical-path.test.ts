import { describe, expect, it } from "vitest";
import { canonicalPath, rawPathOf } from "./canonical-path";

describe("canonicalPath", () => {
  it("decodes escaped unreserved characters, so an escape cannot disguise a route", () => {
    expect(canonicalPath("/api/v1/auth/%75sers")).toEqual({ path: "/api/v1/auth/users" });
    expect(canonicalPath("/api/v1/auth/%61dmin/api-keys")).toEqual({ path: "/api/v1/auth/admin/api-keys" });
    expect(canonicalPath("/api/v1/search/%61nalytics")).toEqual({ path: "/api/v1/search/analytics" });
    expect(canonicalPath("/api/v1/bills/44-1/C%2D332")).toEqual({ path: "/api/v1/bills/44-1/C-332" });
  });

  it("keeps other escapes, in one spelling", () => {
    expect(canonicalPath("/api/v1/members/fran%c3%a7ois")).toEqual({ path: "/api/v1/members/fran%C3%A7ois" });
    expect(canonicalPath("/api/v1/search%3Fq")).toEqual({ path: "/api/v1/search%3Fq" });
  });

  it("drops a trailing slash and leaves case alone", () => {
    expect(canonicalPath("/api/v1/members/")).toEqual({ path: "/api/v1/members" });
    expect(canonicalPath("/")).toEqual({ path: "/" });
    expect(canonicalPath("/API/v1/Auth/USERS")).toEqual({ path: "/API/v1/Auth/USERS" });
  });

  it.each([
    ["/api/v1/auth%2fusers", "an encoded slash (%2f)"],
    ["/api/v1/auth%2Fusers", "an encoded slash (%2F)"],
    ["/api/v1/auth%5cusers", "an encoded backslash (%5c)"],
    ["/api/v1/auth\\users", "a backslash"],
    ["/api/v1/search/../auth/users", "a dot segment"],
    ["/api/v1/search/%2e%2e/auth/users", "a dot segment"],
    ["/api/v1/search/.%2E/auth/users", "a dot segment"],
    ["/api/v1/./auth/users", "a dot segment"],
    ["/api/v1/%2e/auth/users", "a dot segment"],
    ["/api/v1//auth/users", "an empty segment (//)"],
    ["/api/v1/auth/users%00", "an encoded control character (%00)"],
    ["/api/v1/auth/%zzusers", "a malformed escape (%zz)"],
    ["/api/v1/auth/users%", "a malformed escape (%)"],
  ])("refuses %s: %s", (raw, problem) => {
    expect(canonicalPath(raw)).toEqual({ problem });
  });

  it("reads the path as received, before anything decodes it", () => {
    expect(rawPathOf("https://api.openpolicy.ca/api/v1/auth/%75sers?x=%2f")).toBe("/api/v1/auth/%75sers");
    expect(rawPathOf("http://127.0.0.1:8787/api/v1//members#top")).toBe("/api/v1//members");
    expect(rawPathOf("https://api.openpolicy.ca")).toBe("/");
  });
});
