/**
 * The part of Papa Parse the CSV export uses, from its browser build, which (unlike
 * `papaparse.js`) has no `require("stream")` for a Worker without Node compatibility to trip
 * on; `@types/papaparse` would pull Node's types into the Workers typecheck. Declared as a named
 * export so it merges with the ETL's declaration of the same module (its default export).
 */
declare module "papaparse/papaparse.min.js" {
  interface UnparseConfig {
    columns?: string[];
    header?: boolean;
    newline?: string;
    /** Prefixes text cells starting with `=`, `+`, `-`, `@`, tab or CR with `'`. */
    escapeFormulae?: boolean;
  }
  export function unparse(data: object[], config?: UnparseConfig): string;
}
