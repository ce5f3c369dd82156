import { and, eq } from "drizzle-orm";
import { platformDb } from "#shared/db/index";
import { queueFailures } from "#shared/db/platform";
import { consumeBatch, isDeadLetterQueue, recordDeadLetters } from "#shared/queues/consumer";
import { EtlJob } from "#shared/queues/messages";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import type { ServiceContract } from "#shared/service/rpc";
import { service } from "./app";
import { recordDeadJob, runJob } from "./job";
import { runCron, type RunSummary } from "./runs";

/**
 * When this runtime first ran the ETL (set by the first entrypoint made in it, cleared by the first
 * local cron): a run whose progress comes before it cannot be in the runtime's local queue.
 */
let runtimeStartedAt: string | undefined;
let runtimeSeen = false;

export default class EtlService extends ServiceEntrypoint<Env> implements ServiceContract<"etl"> {
  protected readonly service = service;

  constructor(ctx: ExecutionContext, env: Env) {
    super(ctx, env);
    if (!runtimeSeen) {
      runtimeSeen = true;
      runtimeStartedAt = new Date().toISOString();
    }
  }

  /** The cron: resume stalled runs, retry failed documents that are due, start the sources that are due. */
  override async scheduled(_controller: ScheduledController): Promise<void> {
    await runCron(this.env, "cron");
  }

  override async queue(batch: MessageBatch<unknown>): Promise<void> {
    if (isDeadLetterQueue(batch.queue)) {
      // Close each dead job's document in its run (so the run finishes, counted as failed) and
      // file the message with the platform's other dead letters.
      for (const message of batch.messages) {
        const job = EtlJob.safeParse(message.body);
        if (!job.success) continue;
        const [last] = await platformDb(this.env.PLATFORM)
          .select({ lastError: queueFailures.lastError })
          .from(queueFailures)
          .where(and(eq(queueFailures.queue, "etl-jobs"), eq(queueFailures.messageId, job.data.id)));
        await recordDeadJob(this.env, job.data, last?.lastError ?? null);
      }
      return recordDeadLetters(batch, this.env.PLATFORM);
    }
    return consumeBatch(batch, {
      schema: EtlJob,
      handle: (job) => runJob(this.env, job),
      platform: this.env.PLATFORM,
      retryBaseSeconds: Number(this.env.QUEUE_RETRY_BASE_SECONDS),
    });
  }

  /**
   * What the cron does, now: the gateway's local cron dispatch calls it (production fires
   * `scheduled` instead), and `npm start` fires that once at start, so a first start loads
   * everything and a restart resumes what a stop cut off. Local queues hold their messages in the
   * runtime's memory, so the first call in a runtime resumes at once every run whose progress
   * predates the runtime: the messages that would have carried it on died with the last one.
   */
  async loadDue(): Promise<RunSummary[]> {
    const lostBefore = runtimeStartedAt;
    runtimeStartedAt = undefined;
    return runCron(this.env, "cron", lostBefore);
  }
}
