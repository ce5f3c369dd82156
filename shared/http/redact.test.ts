import { describe, expect, it } from "vitest";
import { redact, REDACTED, redactText, secretsIn } from "./redact";

const TOKEN = "Zq3w8_xY-1kLmN0pQrStUvWxYz0123456789abcDEFg";

describe("redact", () => {
  it("replaces the whole value of every secret field, however deep", () => {
    const body = { id: "m1", data: { token: TOKEN, display_name: "Ada" }, nested: [{ password: "hunter2 hunter2" }], Authorization: "Bearer x" };
    expect(redact(body)).toEqual({ id: "m1", data: { token: REDACTED, display_name: "Ada" }, nested: [{ password: REDACTED }], Authorization: REDACTED });
  });

  it("cuts a secret out of any other text that quotes it, never leaving a part of it", () => {
    const body = { data: { token: TOKEN, link: `https://openpolicy.ca/verify-email#token=${TOKEN}` }, note: `sent ${TOKEN}` };
    const out = JSON.stringify(redact(body));
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain(TOKEN.slice(0, 12));
    expect(redact(body).data.link).toBe(`https://openpolicy.ca/verify-email#token=${REDACTED}`);
  });

  it("cuts the secrets it is given from fields that are not about them", () => {
    expect(redact({ error: `provider rejected ${TOKEN}` }, [TOKEN])).toEqual({ error: `provider rejected ${REDACTED}` });
    expect(redactText(`a ${TOKEN} b ${TOKEN}`, secretsIn({ data: { token: TOKEN } }))).toBe(`a ${REDACTED} b ${REDACTED}`);
  });

  it("leaves everything else as it was, and is idempotent", () => {
    const body = { id: "m2", count: 3, ok: true, none: null, list: ["a", 1], token: null };
    expect(redact(body)).toEqual(body);
    const once = redact({ data: { token: TOKEN } });
    expect(redact(once)).toEqual(once);
  });

  it("does not hunt short values through other text", () => {
    expect(redact({ token: "abc", text: "abc abc" })).toEqual({ token: REDACTED, text: "abc abc" });
  });
});
