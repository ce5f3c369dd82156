import { consumeBatch, isDeadLetterQueue, recordDeadLetters } from "#shared/queues/consumer";
import { EtlJob } from "#shared/queues/messages";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { service } from "./app";
import { recordDeadJob, runJob } from "./job";
import { startDueSources, type RunSummary } from "./runs";

export default class EtlService extends ServiceEntrypoint<Env> {
  protected readonly service = service;

  /** The cron: start every source that is due. */
  override async scheduled(_controller: ScheduledController): Promise<void> {
    await startDueSources(this.env, "cron");
  }

  override async queue(batch: MessageBatch<unknown>): Promise<void> {
    if (isDeadLetterQueue(batch.queue)) {
      // Close each dead job's document in its run (so the run finishes, counted as failed) and
      // file the message with the platform's other dead letters.
      for (const message of batch.messages) {
        const job = EtlJob.safeParse(message.body);
        if (!job.success) continue;
        const last = await this.env.PLATFORM.prepare("SELECT last_error FROM queue_failures WHERE queue = 'etl-jobs' AND message_id = ?")
          .bind(job.data.id)
          .first<{ last_error: string }>();
        await recordDeadJob(this.env, job.data, last?.last_error ?? null);
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

  /** Starts whatever is due now, as the cron does; `npm start` calls it so a first start loads everything. */
  async loadDue(): Promise<RunSummary[]> {
    return startDueSources(this.env, "cron");
  }
}
