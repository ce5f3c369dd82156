import { readBills, readBillTitles } from "./hansard-bills";
import { HansardParseError } from "./hansard-error";
import { readMeta } from "./hansard-meta";
import { SittingReader } from "./hansard-statements";
import type { HansardDocument } from "./hansard-types";
import { decodeHansard, firstChild, parseXml } from "./hansard-xml";

export { HansardParseError } from "./hansard-error";
export type {
  Ballot,
  BillMention,
  Committee,
  HansardBillItem,
  HansardBillStage,
  HansardDivision,
  HansardDocument,
  HansardStatement,
} from "./hansard-types";

/**
 * Parses one ourcommons.ca Hansard XML publication (House debates or committee evidence, English
 * or French) into its statements, recorded divisions and the bills it takes up. Runs in workerd:
 * bytes are decoded with TextDecoder and nothing from Node is used.
 *
 * Throws HansardParseError, with a precise reason, for anything that is not a complete, UTF-8,
 * well-formed `<Hansard>` publication that says which sitting it is.
 */
export function parseHansard(input: ArrayBuffer | Uint8Array | string): HansardDocument {
  const root = parseXml(decodeHansard(input));
  const meta = readMeta(root);
  const body = firstChild(root, "HansardBody");
  if (!body) throw new HansardParseError("<HansardBody> is missing: the publication has no proceedings");
  const { statements, divisions } = new SittingReader(meta.language).read(body);
  return { ...meta, statements, divisions, bills: readBills(body, meta.kind), billTitles: readBillTitles(body) };
}
