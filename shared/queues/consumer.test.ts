import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { consumeBatch, recordDeadLetters, retryDelaySeconds } from "./consumer";

const Body = z.object({ id: z.uuid(), n: z.number() });
const id = () => crypto.randomUUID();

async function run(messages: { id: string; body: unknown; attempts?: number }[], handle: (b: z.infer<typeof Body>) => Promise<void>) {
  const batch = createMessageBatch(
    "jobs",
    messages.map((m) => ({ ...m, timestamp: new Date(), attempts: m.attempts ?? 1 })),
  );
  // The test batch records which messages were retried but not their delays; note those here.
  const delays: Record<string, number | undefined> = {};
  const wrapped = {
    ...batch,
    queue: batch.queue,
    messages: batch.messages.map((m) => ({
      id: m.id,
      body: m.body,
      attempts: m.attempts,
      timestamp: m.timestamp,
      ack: () => m.ack(),
      retry: (options?: QueueRetryOptions) => {
        delays[m.id] = options?.delaySeconds;
        m.retry(options);
      },
    })),
  } as MessageBatch<unknown>;
  const ctx = createExecutionContext();
  await consumeBatch(wrapped, { schema: Body, handle, platform: env.PLATFORM, retryBaseSeconds: 5 });
  return { ...(await getQueueResult(batch, ctx)), delays };
}

describe("consumeBatch", () => {
  it("acks each message its handler took", async () => {
    const seen: number[] = [];
    const result = await run(
      [
        { id: "m1", body: { id: id(), n: 1 } },
        { id: "m2", body: { id: id(), n: 2 } },
      ],
      async (b) => void seen.push(b.n),
    );
    expect(seen).toEqual([1, 2]);
    expect(result.explicitAcks).toEqual(["m1", "m2"]);
    expect(result.retryMessages).toEqual([]);
  });

  it("retries only the message whose handler threw, with exponential backoff, and records why", async () => {
    const failing = id();
    const result = await run(
      [
        { id: "ok", body: { id: id(), n: 1 } },
        { id: "bad", body: { id: failing, n: 2 }, attempts: 3 },
      ],
      async (b) => {
        if (b.n === 2) throw new Error("upstream 503");
      },
    );
    expect(result.explicitAcks).toEqual(["ok"]);
    expect(result.retryMessages).toEqual([{ msgId: "bad" }]);
    expect(result.delays).toEqual({ bad: 20 });
    const row = await env.PLATFORM.prepare("SELECT state, attempts, last_error FROM queue_failures WHERE message_id = ?").bind(failing).first();
    expect(row).toEqual({ state: "retrying", attempts: 3, last_error: "upstream 503" });
  });

  it("clears the failure record once a retried message goes through", async () => {
    const body = { id: id(), n: 7 };
    await run([{ id: "x", body }], async () => {
      throw new Error("flaky");
    });
    await run([{ id: "x", body, attempts: 2 }], async () => {});
    const row = await env.PLATFORM.prepare("SELECT * FROM queue_failures WHERE message_id = ?").bind(body.id).first();
    expect(row).toBeNull();
  });

  it("records an invalid body as dead and acks it rather than retrying forever", async () => {
    let called = false;
    const result = await run([{ id: "junk", body: { n: "seven" } }], async () => {
      called = true;
    });
    expect(called).toBe(false);
    expect(result.explicitAcks).toEqual(["junk"]);
    const row = await env.PLATFORM.prepare("SELECT state, last_error FROM queue_failures WHERE message_id = 'junk'").first<{
      state: string;
      last_error: string;
    }>();
    expect(row?.state).toBe("dead");
    expect(row?.last_error).toContain("id");
    expect(row?.last_error).toContain("n ");
  });
});

describe("recordDeadLetters", () => {
  it("files each message as dead under the queue it came from, keeping the last error", async () => {
    const body = { id: id(), n: 1 };
    await run([{ id: "y", body, attempts: 3 }], async () => {
      throw new Error("provider down");
    });
    const batch = createMessageBatch("jobs-dlq", [{ id: "y2", timestamp: new Date(), attempts: 1, body }]);
    const ctx = createExecutionContext();
    await recordDeadLetters(batch, env.PLATFORM);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["y2"]);
    const row = await env.PLATFORM.prepare("SELECT queue, state, attempts, last_error FROM queue_failures WHERE message_id = ?").bind(body.id).first();
    expect(row).toEqual({ queue: "jobs", state: "dead", attempts: 3, last_error: "provider down" });
  });
});

describe("secrets in failed messages", () => {
  const TOKEN = "v3ry-s3cret_one-time-token_0123456789abcdefgh";
  const lines: string[] = [];
  const capture = () => {
    for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((line: unknown) => void lines.push(String(line)));
  };
  afterEach(() => {
    vi.restoreAllMocks();
    lines.length = 0;
  });
  const failure = (messageId: string) =>
    env.PLATFORM.prepare("SELECT state, body, last_error FROM queue_failures WHERE message_id = ?")
      .bind(messageId)
      .first<{ state: string; body: string; last_error: string }>();

  it("files a failing message and its error with the secret redacted, and logs neither in clear", async () => {
    const body = { id: id(), n: 1, data: { token: TOKEN } };
    capture();
    await run([{ id: "s1", body, attempts: 2 }], async () => {
      throw new Error(`provider refused ${TOKEN}`);
    });
    const row = await failure(body.id);
    expect(row).toMatchObject({ state: "retrying", last_error: "provider refused [redacted]" });
    expect(JSON.parse(row!.body)).toEqual({ id: body.id, n: 1, data: { token: "[redacted]" } });
    expect(lines.join("\n")).not.toContain(TOKEN);
    expect(lines.join("\n")).toContain("provider refused [redacted]");
  });

  it("files a dead letter with the secret redacted", async () => {
    const body = { id: id(), n: 2, data: { token: TOKEN } };
    capture();
    const batch = createMessageBatch("jobs-dlq", [{ id: "s2", timestamp: new Date(), attempts: 6, body }]);
    await recordDeadLetters(batch, env.PLATFORM);
    const row = await failure(body.id);
    expect(row!.state).toBe("dead");
    expect(row!.body).not.toContain(TOKEN);
    expect(JSON.parse(row!.body).data).toEqual({ token: "[redacted]" });
    expect(lines.join("\n")).not.toContain(TOKEN);
  });

  it("files a body that can never be valid with the secret redacted too", async () => {
    const body = { id: id(), n: "not a number", data: { token: TOKEN } };
    capture();
    await run([{ id: "s3", body }], async () => {});
    const row = await failure(body.id);
    expect(row!.state).toBe("dead");
    expect(row!.body).not.toContain(TOKEN);
    expect(lines.join("\n")).not.toContain(TOKEN);
  });
});

describe("retryDelaySeconds", () => {
  it("doubles from the base and stops at an hour", () => {
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(a, 10))).toEqual([10, 20, 40, 80]);
    expect(retryDelaySeconds(30, 10)).toBe(3600);
    expect(retryDelaySeconds(5, 0)).toBe(0);
  });
});
