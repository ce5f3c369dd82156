import { describe, expect, it } from "vitest";
import { imageUrl, mailtoUrl, telUrl, webUrl } from "../web/src/safe-url";

/** The web app's gate for addresses from data (web/src/safe-url.ts): only plain http(s) becomes a link. */

describe("webUrl", () => {
  it("keeps absolute http and https addresses, normalised", () => {
    expect(webUrl("https://www.ourcommons.ca/Members/en/123")).toBe("https://www.ourcommons.ca/Members/en/123");
    expect(webUrl("  http://www.edmonton.ca/city_government/the-mayor.aspx ")).toBe("http://www.edmonton.ca/city_government/the-mayor.aspx");
    expect(webUrl("HTTPS://Example.org")).toBe("https://example.org/");
  });

  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/file",
    "mailto:someone@example.org",
    "//evil.example/path",
    "/relative/path",
    "www.example.ca",
    "https:/evil.example",
    "https:\\\\evil.example",
    "http:evil.example",
    "https://user:secret@example.org/",
    "https://",
    "not a url",
    "",
  ])("refuses %j", (value) => {
    expect(webUrl(value)).toBeNull();
  });

  it("refuses what is not text", () => {
    expect(webUrl(null)).toBeNull();
    expect(webUrl(undefined)).toBeNull();
  });
});

describe("imageUrl", () => {
  it("asks for https, which the site's policy allows for images", () => {
    expect(imageUrl("http://www.leg.bc.ca/photos/member.jpg")).toBe("https://www.leg.bc.ca/photos/member.jpg");
    expect(imageUrl("https://www.ourcommons.ca/photo.jpg")).toBe("https://www.ourcommons.ca/photo.jpg");
    expect(imageUrl("data:image/svg+xml,<svg onload=alert(1)>")).toBeNull();
    expect(imageUrl("javascript:alert(1)")).toBeNull();
  });
});

describe("mailtoUrl and telUrl", () => {
  it("link an email address and a phone number, and nothing else", () => {
    expect(mailtoUrl("jane.testmember@parl.gc.ca")).toBe("mailto:jane.testmember@parl.gc.ca");
    expect(mailtoUrl("someone@example.org?bcc=everyone@example.org")).toBeNull();
    expect(mailtoUrl("javascript:alert(1)")).toBeNull();
    expect(mailtoUrl("not an address")).toBeNull();
    expect(telUrl("1 613-555-0100")).toBe("tel:16135550100");
    expect(telUrl("+1 (780) 496-8100")).toBe("tel:+17804968100");
    expect(telUrl("javascript:alert(1)")).toBeNull();
  });
});
