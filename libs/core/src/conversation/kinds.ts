import { type RequestKind, type Taken, takeMatch } from './constraints.js';

const KIND_WORDS: { pattern: RegExp; kind: RequestKind }[] = [
  {
    pattern:
      /\b(?:the\s+)?(?:whole\s+|full\s+|complete\s+|entire\s+)?(?:discography|discog|back\s+catalog(?:ue)?)\b|\b(?:all|every)\s+(?:of\s+)?(?:the\s+)?(?:albums|records)(?:\s+(?:by|from|of))?\b|\beverything\s+(?:by|from)\b/i,
    kind: 'discography',
  },
  { pattern: /\b(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:ep|e\.p\.)\b/i, kind: 'ep' },
  { pattern: /\b(?:the\s+)?(?:whole\s+|full\s+|entire\s+)?(?:album|lp|record)\b/i, kind: 'album' },
  { pattern: /\b(?:the\s+)?single\b/i, kind: 'single' },
  { pattern: /\b(?:just\s+|only\s+)?(?:the\s+)?(?:song|track|tune)\b/i, kind: 'track' },
];

const LATEST = /\b(?:the\s+)?(?:latest|newest|most\s+recent|brand[\s-]new|new)\b/i;

/** What the request is for: a song, an album, an EP, a single or a discography. */
export function takeKind(text: string): Taken<RequestKind> {
  for (const word of KIND_WORDS) {
    const { match, rest } = takeMatch(text, word.pattern);
    if (match) return { value: word.kind, rest };
  }
  return { value: undefined, rest: text };
}

/** "latest", "newest", "most recent": the newest release is wanted. */
export function takeLatest(text: string): Taken<true> {
  const { match, rest } = takeMatch(text, LATEST);
  return { value: match ? true : undefined, rest };
}
