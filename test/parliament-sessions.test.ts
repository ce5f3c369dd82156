import { beforeAll, describe, expect, it } from "vitest";
import { expectBadRequest, expectNotFound, getJson, walkPages, type Page } from "./fixtures/civic-api";
import { seedParliament } from "./fixtures/civic-parliament";
import type { Schema } from "../web/src/api/operations";

type Session = Schema<"Session">;
type Party = Schema<"Party">;

beforeAll(() => seedParliament());

describe("GET /api/v1/sessions", () => {
  it("lists sessions newest first, 99-2 before 99-1 before 98-1", async () => {
    const { rows } = await walkPages<Session>("/api/v1/sessions", 200);
    const ours = rows.filter((s) => ["99-2", "99-1", "98-1"].includes(s.code));
    expect(ours.map((s) => s.code)).toEqual(["99-2", "99-1", "98-1"]);
    expect(ours[1]).toEqual({
      code: "99-1",
      parliament_number: 99,
      session_number: 1,
      name_en: "99th Parliament, 1st Session",
      name_fr: "99e législature, 1re session",
      start_date: "2099-01-10",
      end_date: "2099-06-30",
    });
  });

  it("pages one session at a time without losing or repeating any", async () => {
    const { rows, pages, total } = await walkPages<Session>("/api/v1/sessions", 1);
    expect(pages).toBe(total);
    expect(new Set(rows.map((s) => s.code)).size).toBe(rows.length);
  });

  it("adds the French name under `name`, falling back to English where French is missing", async () => {
    const page = await getJson<Page<Session>>("/api/v1/sessions?lang=fr&limit=200");
    expect(page.data.find((s) => s.code === "99-1")?.name).toBe("99e législature, 1re session");
    expect(page.data.find((s) => s.code === "98-1")?.name).toBe("98th Parliament, 1st Session");
  });

  it("refuses limit=0 and a damaged cursor", async () => {
    await expectBadRequest("/api/v1/sessions?limit=0", ["query.limit"]);
    await expectBadRequest("/api/v1/sessions?cursor=not-a-cursor", ["query.cursor"]);
  });
});

describe("GET /api/v1/sessions/{code}", () => {
  it("answers a session with its counts", async () => {
    expect(await getJson("/api/v1/sessions/99-1")).toEqual({
      code: "99-1",
      parliament_number: 99,
      session_number: 1,
      name_en: "99th Parliament, 1st Session",
      name_fr: "99e législature, 1re session",
      start_date: "2099-01-10",
      end_date: "2099-06-30",
      counts: { bills: 3, divisions: 3, sittings: 2 },
    });
  });

  it("is a 404 for an unknown session and a 400 for a malformed code", async () => {
    await expectNotFound("/api/v1/sessions/97-3", "No session with code 97-3.");
    await expectBadRequest("/api/v1/sessions/forty-four", ["param.code"]);
    await expectBadRequest("/api/v1/sessions/44-0", ["param.code"]);
  });
});

describe("GET /api/v1/parties", () => {
  it("lists parties by slug with both languages", async () => {
    const { rows } = await walkPages<Party>("/api/v1/parties", 200);
    const ours = rows.filter((p) => p.slug.startsWith("t99-"));
    expect(ours.map((p) => p.slug)).toEqual(["t99-bloc", "t99-conservative", "t99-liberal", "t99-ndp"]);
    expect(ours[2]).toEqual({
      slug: "t99-liberal",
      name_en: "Liberal Party of Canada",
      name_fr: "Parti libéral du Canada",
      short_name_en: "Liberal",
      short_name_fr: "Libéral",
      abbreviation_en: "Lib.",
      abbreviation_fr: "Lib.",
    });
  });

  it("pages two at a time in the same order as one page", async () => {
    const all = (await walkPages<Party>("/api/v1/parties", 200)).rows.map((p) => p.slug);
    const paged = (await walkPages<Party>("/api/v1/parties", 2)).rows.map((p) => p.slug);
    expect(paged).toEqual(all);
  });

  it("serves French names with ?lang=fr", async () => {
    const page = await getJson<Page<Party>>("/api/v1/parties?lang=fr&limit=200");
    expect(page.data.find((p) => p.slug === "t99-ndp")).toMatchObject({ name: "Nouveau Parti démocratique", short_name: "NPD" });
  });

  it("refuses a language it does not publish", async () => {
    await expectBadRequest("/api/v1/parties?lang=de", ["query.lang"]);
  });
});
