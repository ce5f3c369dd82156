import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, PASSWORD_HASHING, verifyPassword } from "./passwords";

describe("password hashing", () => {
  it("hashes with PBKDF2-SHA256, 100,000 iterations and a random 16-byte salt", async () => {
    const a = await hashPassword("Correct horse battery staple");
    const b = await hashPassword("Correct horse battery staple");
    expect(a).toMatchObject({ algorithm: "pbkdf2-sha256", iterations: 100_000 });
    expect(atob(a.salt)).toHaveLength(16);
    expect(atob(a.hash)).toHaveLength(32);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash({ ...a, iterations: 10_000 })).toBe(true);
  });

  it("verifies the right password only", async () => {
    const stored = await hashPassword("Correct horse battery staple");
    expect(await verifyPassword("Correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(false);
    expect(await verifyPassword("Correct horse battery staple", null)).toBe(false);
  });

  it("treats composed and decomposed accents as the same password", async () => {
    const stored = await hashPassword("Crème brûlée pour deux 2");
    expect(await verifyPassword("Cre\u0300me bru\u0302le\u0301e pour deux 2", stored)).toBe(true);
  });

  it("spends a full derivation when there is no account, so unknown emails take as long as wrong passwords", async () => {
    const stored = await hashPassword("Correct horse battery staple");
    const median = async (run: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      return times.sort((x, y) => x - y)[2]!;
    };
    const known = await median(() => verifyPassword("wrong password", stored));
    const unknown = await median(() => verifyPassword("wrong password", null));
    expect(PASSWORD_HASHING.iterations).toBe(100_000);
    expect(unknown).toBeGreaterThan(known * 0.5);
  });
});
