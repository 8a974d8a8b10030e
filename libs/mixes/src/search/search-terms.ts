/** At most this many words are searched for: a longer query narrows nothing further. */
const MAX_TERMS = 8;

/** The words of a query, letters and digits only, so no query syntax of either database gets through. */
export function searchTerms(query: string): string[] {
  return (
    query
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, MAX_TERMS);
}

/** FTS5: every word, as a prefix ("ellin" finds Ellington). */
export const fts5Query = (terms: string[]): string => terms.map((t) => `"${t}"*`).join(' AND ');

/** Postgres to_tsquery: every word, as a prefix. */
export const tsQuery = (terms: string[]): string => terms.map((t) => `${t}:*`).join(' & ');
