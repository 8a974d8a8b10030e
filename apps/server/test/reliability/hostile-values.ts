import type { SeededRandom } from './seeded-random.js';

/** Every traversal target carries this, so a file created through one can be searched for afterwards. */
export const TRAVERSAL_MARKER = 'tt-hostile-escape';

const traversals = [
  `../../../../../../tmp/${TRAVERSAL_MARKER}`,
  `..\\..\\..\\${TRAVERSAL_MARKER}`,
  `/tmp/${TRAVERSAL_MARKER}`,
  `../${TRAVERSAL_MARKER}`,
  `....//....//${TRAVERSAL_MARKER}`,
  `%2e%2e%2f%2e%2e%2f${TRAVERSAL_MARKER}`,
  `..%c0%af..%c0%af${TRAVERSAL_MARKER}`,
  `library/../../${TRAVERSAL_MARKER}`,
  '../../../../etc/passwd',
  '/etc/passwd',
  '..',
  '.',
  '/',
];

const oddStrings = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  '\udc00lone',
  '\u202e3pm.exe',
  '\u200b',
  '%00',
  '%ff%fe',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '__proto__',
  'constructor',
  'prototype',
  '{"$ne":null}',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1:9/a}',
  '{Artist}/{Track Title}/../..',
  'C:\\Windows\\System32',
  'CON',
  '\r\nX-Injected: 1',
];

/**
 * Links a person could paste, pointed at a port nothing listens on: traversal in the file name yt-dlp would name
 * the download after, option-looking paths, other schemes, credentials, a channel and a playlist.
 */
export const hostileLinks = [
  `http://127.0.0.1:9/${encodeURIComponent(`../../../../tmp/${TRAVERSAL_MARKER}`)}.m4a`,
  `http://127.0.0.1:9/..%2f..%2f${TRAVERSAL_MARKER}%00.mp3`,
  `http://127.0.0.1:9/a/../../${TRAVERSAL_MARKER}.opus`,
  'http://127.0.0.1:9/--exec=touch%20/tmp/tt-hostile-escape',
  'http://127.0.0.1:9/-o/tmp/tt-hostile-escape.m4a',
  'http://user:secret@127.0.0.1:9/a.mp3',
  'http://[::1]:9/list.xspf',
  'http://127.0.0.1:9/%E2%80%AE3pm.exe.mp3',
  `http://127.0.0.1:9/${'x'.repeat(1900)}.m4a`,
  'https://www.youtube.com/@channel/videos',
  'https://soundcloud.com/someone',
  'file:///etc/passwd',
  'javascript:alert(1)',
];

const oddNumbers = [-1, 0, 1e308, -1e308, 2 ** 53 + 1, 1.5, -0, 9007199254740993, 1e21];

/** A string no route should take at face value: traversal, control bytes, lone surrogates, or just huge. */
export function hostileString(random: SeededRandom): string {
  const roll = random.next();
  if (roll < 0.35) return random.pick(traversals);
  if (roll < 0.8) return random.pick(oddStrings);
  if (roll < 0.95) return 'x'.repeat(random.pick([256, 2001, 10_000, 100_000]));
  return `${random.pick(traversals)}\u0000.mp3`;
}

/** A value of any JSON type, mostly the wrong one for whatever field receives it. */
export function hostileValue(random: SeededRandom, depth = 0): unknown {
  const roll = random.int(0, 9);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick(oddNumbers);
    case 3:
    case 4:
      return depth > 2 ? hostileString(random) : [hostileValue(random, depth + 1), hostileString(random)];
    case 5:
      return depth > 2 ? {} : { [random.pick(pollutionKeys)]: hostileValue(random, depth + 1) };
    case 6:
      return random.int(0, 3);
    default:
      return hostileString(random);
  }
}

export const pollutionKeys = ['__proto__', 'constructor', 'prototype', '$where', 'hasOwnProperty', 'toString'];

/** `depth` levels of `{"a":…}` or `[…]` around a value, written out as JSON text. */
export function nestedJson(depth: number, kind: 'object' | 'array'): string {
  return kind === 'object'
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}
