import { consumeBatch, isDeadLetterQueue, recordDeadLetters } from "#shared/queues/consumer";
import { DomainEvent, NotifyMessage } from "#shared/queues/messages";
import { ServiceEntrypoint } from "#shared/service/entrypoint";
import type { ServiceContract } from "#shared/service/rpc";
import { service } from "./app";
import { deliver } from "./delivery";
import { sendOpsDigest, type DigestSummary } from "./digest";
import { handleEvent } from "./events";

export default class NotificationsService extends ServiceEntrypoint<Env> implements ServiceContract<"notifications"> {
  protected readonly service = service;

  override async scheduled(controller: ScheduledController): Promise<void> {
    await this.digest(new Date(controller.scheduledTime).toISOString());
  }

  /** The daily digest as the cron sends it, for a given time; operators and tests call it over RPC. */
  async digest(at: string): Promise<DigestSummary> {
    return sendOpsDigest(this.env, new Date(at));
  }

  override async queue(batch: MessageBatch<unknown>): Promise<void> {
    const common = { platform: this.env.PLATFORM, retryBaseSeconds: Number(this.env.QUEUE_RETRY_BASE_SECONDS) };
    if (isDeadLetterQueue(batch.queue)) return recordDeadLetters(batch, this.env.PLATFORM);
    if (batch.queue === "events") {
      return consumeBatch(batch, { ...common, schema: DomainEvent, handle: (event) => handleEvent(this.env, event) });
    }
    if (batch.queue === "notify") {
      return consumeBatch(batch, { ...common, schema: NotifyMessage, handle: (message) => deliver(this.env, message) });
    }
    throw new Error(`notifications does not consume queue ${batch.queue}`);
  }
}
