import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { hex } from "#shared/encoding";
import { conditionalRead, READ_CACHE_CONTROL } from "./etag";

const sha1 = async (body: ArrayBuffer) => `"${hex(new Uint8Array(await crypto.subtle.digest("SHA-1", body)))}"`;

const app = new Hono();
app.use(conditionalRead);
app.get("/thing", (c) => c.json({ name: "Avalon" }));
app.get("/no-store", (c) => {
  c.header("cache-control", "no-store");
  return c.json({ ok: true });
});
app.get("/missing", (c) => c.json({ error: "nope" }, 404));

describe("conditionalRead", () => {
  it("tags a 200 with a hash of its body and a short public lifetime", async () => {
    const response = await app.request("/thing");
    expect(response.status).toBe(200);
    const body = await response.arrayBuffer();
    expect(response.headers.get("etag")).toBe(await sha1(body));
    expect(response.headers.get("cache-control")).toBe(READ_CACHE_CONTROL);
    expect(response.headers.get("vary")).toBe("Accept-Language");
  });

  it("answers 304 with no body, keeping the validators, when If-None-Match names the tag", async () => {
    const etag = (await app.request("/thing")).headers.get("etag")!;
    const response = await app.request("/thing", { headers: { "if-none-match": `"other", W/${etag}` } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("cache-control")).toBe(READ_CACHE_CONTROL);
  });

  it("serves the body again when the tag is stale", async () => {
    const response = await app.request("/thing", { headers: { "if-none-match": '"stale"' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: "Avalon" });
  });

  it("leaves errors and routes that chose their own caching alone", async () => {
    const missing = await app.request("/missing");
    expect(missing.headers.get("etag")).toBeNull();
    const noStore = await app.request("/no-store");
    expect(noStore.headers.get("cache-control")).toBe("no-store");
    expect(noStore.headers.get("etag")).toBeNull();
  });
});

describe("If-None-Match", () => {
  it.each([
    ["the tag itself", (tag: string) => tag, 304],
    ["the weak form of the tag", (tag: string) => `W/${tag}`, 304],
    ["a list naming it", (tag: string) => `"x", ${tag}`, 304],
    ["any tag (*)", () => "*", 304],
    ["another tag", () => '"abcd"', 200],
  ])("%s → %s", async (_, header, status) => {
    const tag = (await app.request("/thing")).headers.get("etag")!;
    expect((await app.request("/thing", { headers: { "if-none-match": header(tag) } })).status).toBe(status);
  });
});

describe("conditionalRead on HEAD", () => {
  it("gives a HEAD the same tag as the GET", async () => {
    const get = await app.request("/thing");
    const head = await app.request("/thing", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
  });
});
