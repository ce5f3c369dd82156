import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "./logger";

afterEach(() => vi.restoreAllMocks());

describe("log", () => {
  it("prints one JSON line with secret fields redacted, and the secrets it is told of cut from every field", () => {
    const printed: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((line: unknown) => void printed.push(String(line)));
    const token = "one-time-token-0123456789abcdef";
    log("warn", "delivery failed", { to: "ada@example.org", data: { token, password: "hunter2 hunter2" }, error: `rejected ${token}` }, [token]);
    expect(printed).toHaveLength(1);
    const line = JSON.parse(printed[0]!);
    expect(line).toMatchObject({
      level: "warn",
      message: "delivery failed",
      to: "ada@example.org",
      data: { token: "[redacted]", password: "[redacted]" },
      error: "rejected [redacted]",
    });
    expect(printed[0]).not.toContain(token);
    expect(printed[0]).not.toContain("hunter2");
  });
});
