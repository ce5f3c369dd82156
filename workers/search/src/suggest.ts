import { z } from "@hono/zod-openapi";
import type { Lang } from "#shared/http/lang";
import { memberHouseIdOf } from "#shared/civic/members-sql";
import { hasMark, markedHtml, SQL_MARKS } from "./highlight";
import { bm25Of, INDEXES } from "./indexes";
import { prefixExpression } from "#shared/search/query";
import type { D1Reader } from "#shared/db/index";

/**
 * Prefix completions for a search box: members (most recently seated first), bills (best match,
 * newest session first) and topics (subjects of business, most discussed first), each from a
 * small FTS5 index with prefix indexes, so every keystroke costs three index lookups.
 */

export const SUGGESTION_TYPES = ["member", "bill", "topic"] as const;

export const SuggestionSchema = z
  .object({
    type: z.enum(SUGGESTION_TYPES),
    id: z.string().openapi({ description: "House id or slug (members), `session/number` (bills), the topic's title (topics)." }),
    text: z.string().openapi({ description: "Plain text to show or complete to." }),
    html: z.string().openapi({ description: "`text` as HTML, the completed words in `<mark>`." }),
    url: z.string().openapi({ description: "The API path of the member or bill; for a topic, a search for it." }),
    statements: z.number().int().optional().openapi({ description: "Statements under the topic." }),
    lang: z.enum(["en", "fr"]).optional().openapi({ description: "The topic's language." }),
  })
  .openapi("Suggestion");
export type Suggestion = z.infer<typeof SuggestionSchema>;

export async function suggest(db: D1Reader, input: string, limit: number, lang: Lang | undefined): Promise<Suggestion[]> {
  const match = prefixExpression(input);
  if (!match) return [];
  const [members, bills, topics] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT m.slug, m.name, ${memberHouseIdOf("m")} AS house_id, highlight(members_fts, 0, ${SQL_MARKS}) AS html
         FROM members_fts CROSS JOIN members m ON m.id = members_fts.rowid
         WHERE members_fts MATCH ?
         ORDER BY (SELECT max(t.start_date) FROM member_terms t WHERE t.member_id = m.id) DESC, bm25(members_fts), m.name
         LIMIT ?`,
      )
      .bind(match, limit),
    db
      .prepare(
        `SELECT b.session_code AS session, b.number, b.short_title_en, b.short_title_fr, b.long_title_en, b.long_title_fr,
           highlight(bills_fts, 0, ${SQL_MARKS}) AS number_html,
           highlight(bills_fts, 1, ${SQL_MARKS}) AS short_en_html, highlight(bills_fts, 2, ${SQL_MARKS}) AS short_fr_html,
           highlight(bills_fts, 3, ${SQL_MARKS}) AS long_en_html, highlight(bills_fts, 4, ${SQL_MARKS}) AS long_fr_html
         FROM bills_fts CROSS JOIN bills b ON b.id = bills_fts.rowid JOIN sessions s ON s.code = b.session_code
         WHERE bills_fts MATCH ?
         ORDER BY b.number = ? DESC, ${bm25Of(INDEXES.bill)}, s.parliament_number DESC, s.session_number DESC, b.number_only
         LIMIT ?`,
      )
      // A bill number typed in full (`c-4`) comes before the numbers it begins (`C-40`).
      .bind(match, input.trim().toUpperCase(), limit),
    db
      .prepare(
        `SELECT t.lang, t.title, t.statements, highlight(search_topics_fts, 0, ${SQL_MARKS}) AS html
         FROM search_topics_fts CROSS JOIN search_topics t ON t.id = search_topics_fts.rowid
         WHERE search_topics_fts MATCH ? AND (? IS NULL OR t.lang = ?)
         ORDER BY t.statements DESC, t.title
         LIMIT ?`,
      )
      .bind(match, lang ?? null, lang ?? null, limit),
  ]);

  const memberRows = (members?.results ?? []) as { slug: string; name: string; house_id: number | null; html: string }[];
  const billRows = (bills?.results ?? []) as {
    session: string;
    number: string;
    short_title_en: string | null;
    short_title_fr: string | null;
    long_title_en: string | null;
    long_title_fr: string | null;
    number_html: string;
    short_en_html: string | null;
    short_fr_html: string | null;
    long_en_html: string | null;
    long_fr_html: string | null;
  }[];
  const topicRows = (topics?.results ?? []) as { lang: Lang; title: string; statements: number; html: string }[];

  return [
    ...memberRows.map((m): Suggestion => {
      const id = m.house_id === null ? m.slug : String(m.house_id);
      return { type: "member", id, text: m.name, html: markedHtml(m.html), url: `/api/v1/members/${id}` };
    }),
    ...billRows.map((b): Suggestion => {
      const fr = lang === "fr";
      const plain = [
        fr ? b.short_title_fr : b.short_title_en,
        fr ? b.long_title_fr : b.long_title_en,
        b.short_title_en,
        b.long_title_en,
        b.short_title_fr,
        b.long_title_fr,
      ];
      const marked = [
        fr ? b.short_fr_html : b.short_en_html,
        fr ? b.long_fr_html : b.long_en_html,
        b.short_en_html,
        b.long_en_html,
        b.short_fr_html,
        b.long_fr_html,
      ];
      // The title that holds the completed word, else the short title in the language shown.
      const at = marked.findIndex(hasMark);
      const index = at === -1 ? plain.findIndex(Boolean) : at;
      const title = index === -1 ? null : plain[index]!;
      return {
        type: "bill",
        id: `${b.session}/${b.number}`,
        text: title ? `${b.number} — ${title}` : b.number,
        html: title ? `${markedHtml(b.number_html)} — ${markedHtml(at === -1 ? title : marked[at])}` : markedHtml(b.number_html),
        url: `/api/v1/bills/${b.session}/${b.number}`,
      };
    }),
    ...topicRows.map(
      (t): Suggestion => ({
        type: "topic",
        id: t.title,
        text: t.title,
        html: markedHtml(t.html),
        url: `/api/v1/search?q=${encodeURIComponent(`"${t.title.replace(/"/g, "")}"`)}`,
        statements: t.statements,
        lang: t.lang,
      }),
    ),
  ];
}
