export type YtDlpFailureKind =
  | 'unavailable'
  | 'private'
  | 'removed'
  | 'geo-blocked'
  | 'age-gated'
  | 'unsupported-url'
  | 'network'
  | 'http-5xx'
  | 'rate-limited'
  | 'bot-check'
  | 'unknown';

export interface YtDlpFailure {
  kind: YtDlpFailureKind;
  /** True when another attempt cannot succeed (the source itself refuses). */
  permanent: boolean;
  message: string;
}

interface Rule {
  kind: Exclude<YtDlpFailureKind, 'unknown'>;
  permanent: boolean;
  pattern: RegExp;
}

// Order matters: the bot check and the age gate both start with "Sign in to confirm", and rate limits and
// server errors are also reported as "Unable to download webpage".
const RULES: readonly Rule[] = [
  { kind: 'bot-check', permanent: false, pattern: /confirm you[’']?re not a bot/i },
  { kind: 'age-gated', permanent: true, pattern: /confirm your age|age[- ]restricted|inappropriate for some users/i },
  { kind: 'private', permanent: true, pattern: /private video|video is private/i },
  {
    kind: 'removed',
    permanent: true,
    pattern: /has been removed|account associated with this video has been terminated|copyright claim/i,
  },
  {
    kind: 'geo-blocked',
    permanent: true,
    pattern: /available in your country|not available in your (country|region|location)|geo[- ]?restrict/i,
  },
  { kind: 'unsupported-url', permanent: true, pattern: /Unsupported URL/i },
  { kind: 'rate-limited', permanent: false, pattern: /HTTP Error 429|Too Many Requests/i },
  { kind: 'http-5xx', permanent: false, pattern: /HTTP Error 5\d\d/i },
  {
    kind: 'unavailable',
    permanent: true,
    pattern: /video unavailable|video is unavailable|not available|HTTP Error 40[34]|HTTP Error 410/i,
  },
  {
    kind: 'network',
    permanent: false,
    pattern:
      /urlopen error|timed out|Connection (refused|reset|aborted)|Name or service not known|name resolution|Network is unreachable|IncompleteRead|bytes read, \d+ more expected|Downloaded \d+ bytes, expected \d+ bytes|Did not get any data blocks|Remote end closed connection|giving up after \d+ retries/i,
  },
];

/** Classifies a failed yt-dlp run from the tail of its stderr. */
export function classifyYtDlpFailure(stderrTail: string): YtDlpFailure {
  const lines = stderrTail.split(/\r?\n/).map((line) => line.trim());
  const errorLines = lines.filter((line) => line.startsWith('ERROR:'));
  const message = describe(errorLines, lines);
  // ERROR lines decide first; warnings (e.g. an earlier 429 on a retry) are the fallback.
  const rule = findRule(errorLines.join('\n')) ?? findRule(stderrTail);
  if (!rule) return { kind: 'unknown', permanent: false, message };
  return { kind: rule.kind, permanent: rule.permanent, message };
}

function findRule(text: string): Rule | undefined {
  if (!text) return undefined;
  return RULES.find((rule) => rule.pattern.test(text));
}

function describe(errorLines: string[], lines: string[]): string {
  const last = errorLines.at(-1) ?? lines.filter(Boolean).at(-1);
  if (!last) return 'yt-dlp failed without a message';
  return last
    .replace(/^ERROR:\s*/, '')
    .replace(/; please report this issue on .*$/, '')
    .trim();
}
