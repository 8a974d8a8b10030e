/** What a lookup term asks for: one MusicBrainz id (`lidarr:<mbid>`, `mbid:<mbid>` or the bare id) or free text. */
export type LookupTerm = { kind: 'id'; mbid: string } | { kind: 'text'; text: string };

const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseLookupTerm(term: string): LookupTerm {
  const text = term.trim();
  const prefixed = /^(?:lidarr|lidarrid|mbid):\s*(.+)$/i.exec(text);
  const candidate = (prefixed?.[1] ?? text).trim();
  if (MBID.test(candidate)) return { kind: 'id', mbid: candidate.toLowerCase() };
  return { kind: 'text', text: prefixed ? candidate : text };
}
