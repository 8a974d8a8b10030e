import { editRatio } from '../scoring/index.js';
import { findToken, type NamingToken, NAMING_TOKENS, tokenKey } from './naming-tokens.js';

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'token'; token: NamingToken; written: string };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Sentences starting with "has …", one per broken token or brace. */
  problems: string[];
}

// A typo this far from a token's name still gets a suggestion ("Artst" → "Artist").
const SUGGESTION_RATIO = 0.4;

/** Names other taggers use (beets, Picard, foobar2000), pointed at the token meant. */
const OTHER_NAMES: readonly [string, string][] = [
  ['title', '{Track Title}'],
  ['album', '{Album Title}'],
  ['albumartist', '{Album Artist}'],
  ['artistname', '{Artist Name}'],
  ['year', '{Release Year}'],
  ['date', '{Release Year}'],
  ['originalyear', '{Original Year}'],
  ['track', '{track:00}'],
  ['tracknumber', '{track:00}'],
  ['disc', '{medium:00}'],
  ['discnumber', '{medium:00}'],
  ['mbid', '{MusicBrainz Recording Id}'],
  ['type', '{Release Type}'],
];

const SUGGESTIONS: readonly [string, string][] = [
  ...NAMING_TOKENS.map((t): [string, string] => [tokenKey(t.token.slice(1, -1)), t.token]),
  ...OTHER_NAMES,
];

/** Splits a template into literal text and tokens; unknown tokens and unbalanced braces become problems. */
export function parseTemplate(template: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: string[] = [];
  let text = '';
  let index = 0;
  while (index < template.length) {
    const char = template[index] ?? '';
    if (char === '}') problems.push(`has a } without a matching { at character ${index + 1}`);
    if (char !== '{') {
      if (char !== '}') text += char;
      index += 1;
      continue;
    }
    const close = template.indexOf('}', index + 1);
    const nested = template.indexOf('{', index + 1);
    if (close < 0 || (nested >= 0 && nested < close)) {
      problems.push(`has an unclosed { at character ${index + 1}`);
      index += 1;
      continue;
    }
    const written = template.slice(index, close + 1);
    const token = findToken(written.slice(1, -1));
    if (token) {
      if (text) parts.push({ kind: 'text', text });
      parts.push({ kind: 'token', token, written });
      text = '';
    } else problems.push(unknownToken(written));
    index = close + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  return { parts, problems };
}

function unknownToken(written: string): string {
  if (!written.slice(1, -1).trim()) return 'has an empty token {}';
  const suggestion = suggest(tokenKey(written.slice(1, -1)));
  return `has an unknown token ${written}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
}

function suggest(key: string): string | undefined {
  let best: { token: string; ratio: number } | undefined;
  for (const [candidate, token] of SUGGESTIONS) {
    const ratio = editRatio(key, candidate);
    if (!best || ratio < best.ratio) best = { token, ratio };
  }
  if (best && best.ratio <= SUGGESTION_RATIO) return best.token;
  return SUGGESTIONS.find(([candidate]) => candidate.includes(key))?.[1];
}
