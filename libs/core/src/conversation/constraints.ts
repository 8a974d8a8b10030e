import type { VersionKind } from '../parsing/index.js';

export type { FormatWish, RequestConstraints, RequestKind, VersionWish, YearRange } from '@app/contracts';

/** A version a request can ask for: the parser's version kinds plus the plain studio recording. */
export type WantedVersion = VersionKind | 'studio';

/** One phrase taken out of a request by a reader, and the text left. */
export interface Taken<T> {
  value: T | undefined;
  rest: string;
}

/** Removes the first match of `pattern` from `text`, leaving single spaces. */
export function takeMatch(text: string, pattern: RegExp): { match: RegExpExecArray | null; rest: string } {
  const match = pattern.exec(text);
  if (!match) return { match: null, rest: text };
  const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
  return { match, rest: tidy(rest) };
}

/** Single spaces, no stray commas or dangling punctuation at the ends. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .replace(/^[\s,.;:!?-]+|[\s,;:!?-]+$/g, '')
    .trim();
}
