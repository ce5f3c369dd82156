/**
 * The part of Papa Parse the parsers use. The parsers import its browser build, which (unlike
 * `papaparse.js`) has no `require("stream")` for a Worker without Node compatibility to trip on.
 * `@types/papaparse` would reference Node's types and leak `NodeJS.Timeout` and friends into the
 * Workers typecheck, so that build is typed here instead.
 */
declare module "papaparse/papaparse.min.js" {
  interface ParseError {
    type: "Quotes" | "Delimiter" | "FieldMismatch";
    code: string;
    message: string;
    /** For field-count errors, the index of the data row (header excluded). */
    row?: number;
    index?: number;
  }
  interface ParseMeta {
    fields?: string[];
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  interface ParseConfig {
    header?: boolean;
    delimiter?: string;
    skipEmptyLines?: boolean | "greedy";
    transformHeader?: (header: string, index: number) => string;
  }
  const Papa: { parse<T>(input: string, config: ParseConfig): ParseResult<T> };
  export default Papa;
}
