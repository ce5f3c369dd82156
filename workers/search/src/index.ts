import { ServiceEntrypoint } from "#shared/service/entrypoint";
import { log } from "#shared/http/logger";
import { service } from "./app";
import { embedPendingStatements, semanticOf } from "./semantic";

export default class SearchService extends ServiceEntrypoint<Env> {
  protected readonly service = service;

  /**
   * Embeds new and changed statements into Vectorize, when it is bound (see wrangler.toml); a
   * no-op otherwise, since keyword search needs no step beyond the ETL's own writes.
   */
  override async scheduled(_controller: ScheduledController): Promise<void> {
    const semantic = semanticOf(this.env);
    if (!semantic) return;
    const embedded = await embedPendingStatements(this.env, semantic);
    log("info", "statements embedded", { embedded });
  }
}
