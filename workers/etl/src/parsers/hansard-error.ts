/**
 * A publication the ETL must not load. `reason` says precisely what is wrong with the file, so a
 * rejected record in the run report can be acted on without opening the XML.
 */
export class HansardParseError extends Error {
  override readonly name = "HansardParseError";

  constructor(readonly reason: string) {
    super(`Hansard XML rejected: ${reason}`);
  }
}
