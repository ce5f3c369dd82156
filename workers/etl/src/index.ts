import { consumeBatch, isDeadLetterQueue, recordDeadLetters } from "#shared/queues/consumer";
import { EtlJob } from "#shared/queues/messages";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { service } from "./app";
import { runJob } from "./loaders";

export default class EtlService extends ServiceEntrypoint<Env> {
  protected readonly service = service;

  override async queue(batch: MessageBatch<unknown>): Promise<void> {
    if (isDeadLetterQueue(batch.queue)) return recordDeadLetters(batch, this.env.PLATFORM);
    return consumeBatch(batch, {
      schema: EtlJob,
      handle: (job) => runJob(this.env, job),
      platform: this.env.PLATFORM,
      retryBaseSeconds: Number(this.env.QUEUE_RETRY_BASE_SECONDS),
    });
  }
}
