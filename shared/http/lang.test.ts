import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { langFromAcceptLanguage, localize, negotiateLang } from "./lang";

describe("langFromAcceptLanguage", () => {
  it.each([
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,fr;q=0.5,en;q=0.7", "en"],
    ["fr;q=0, en", "en"],
    ["de, *", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s → %s", (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});

describe("negotiateLang", () => {
  const app = new Hono();
  app.get("/", (c) => c.json({ lang: negotiateLang(c, c.req.query("lang") as "en" | "fr" | undefined) ?? null }));

  it("prefers ?lang= over Accept-Language and announces the choice", async () => {
    const response = await app.request("/?lang=fr", { headers: { "accept-language": "en" } });
    expect(await response.json()).toEqual({ lang: "fr" });
    expect(response.headers.get("content-language")).toBe("fr");
  });

  it("picks nothing when neither asks", async () => {
    const response = await app.request("/");
    expect(await response.json()).toEqual({ lang: null });
    expect(response.headers.get("content-language")).toBeNull();
  });
});

describe("localize", () => {
  const row = { name_en: "Liberal Party", name_fr: "Parti libéral", title_en: "An Act", title_fr: null };

  it("adds the chosen language under the plain names and keeps both", () => {
    expect(localize(row, "fr", ["name"])).toEqual({ ...row, name: "Parti libéral" });
  });

  it("falls back to the other language where the chosen one is missing", () => {
    expect(localize(row, "fr", ["title"])).toMatchObject({ title: "An Act" });
    expect(localize({ title_en: null, title_fr: null }, "en", ["title"])).toMatchObject({ title: null });
  });

  it("leaves the row alone without a language", () => {
    expect(localize(row, undefined, ["name"])).toEqual(row);
  });
});
