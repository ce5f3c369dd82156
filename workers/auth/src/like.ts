/** A `LIKE … ESCAPE '\'` pattern for text containing `q`: `%` and `_` typed by an admin are literal characters, not wildcards. */
export const containing = (q: string): string => `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
