import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * The same normalisation as the database's search_key(): lower case, diacritics removed, đ → d. Done in
 * JavaScript so that the LIKE pattern is a plain parameter and PostgreSQL can use the trigram index.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * "Every word of the query appears in the column": `col like '%w1%' and col like '%w2%'`, each word
 * normalised like search_key() and with LIKE wildcards escaped. Word order and punctuation in between
 * don't matter ("van hoa the thao" finds "Sở Văn hóa, Thể thao và Du lịch"); the trigram index on the
 * column serves every condition.
 */
export function matchesAllWords(column: string, query: string): Expression<SqlBool> {
  const words = searchKey(query)
    .split(/[\s,.;:!?()"'/\\-]+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${sql.join(
    words.map((w) => sql`${sql.ref(column)} like ${`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`),
    sql` and `,
  )})`;
}

/** The words of a query as the full-text index keeps them: normalised like search_key(), letters and digits. */
export function queryWords(query: string): string[] {
  return searchKey(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * "Every word of the query is a word of the text" against a tsvector column built with the `vietnamese`
 * configuration (diacritics optional); the last word also matches as a prefix, for a word still being typed.
 * Served by the column's GIN index.
 */
export function matchesWords(column: string, query: string): Expression<SqlBool> {
  const words = queryWords(query);
  if (words.length === 0) return sql<SqlBool>`true`;
  const tsquery = words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
  return sql<SqlBool>`${sql.ref(column)} @@ to_tsquery('public.vietnamese', ${tsquery})`;
}
