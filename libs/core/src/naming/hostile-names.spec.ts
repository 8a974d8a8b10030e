import { resolve, sep } from 'node:path';
import type { TrackMetadata } from '@app/contracts';
import { renderPath } from './render-path.js';
import { MAX_PATH_BYTES } from './sanitize-path.js';
import { MAX_SEGMENT_BYTES } from './sanitize-segment.js';
import { utf8Length } from './utf8.js';

const ROOT = resolve('/srv/music');
const TEMPLATES = [
  '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}',
  '{Artist}/Singles/{Artist} - {Track Title}',
  'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
  '{Genre}/{Label}/{Release Type}/{Artist} - {Album Title} - {ISRC} - {Track Title}',
];
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

const REFUSED = /[\u0000-\u001f\u007f-\u009f<>:"|?*\\\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

/** Why a rendered path is unsafe: outside the root, too long, or a name a file system would refuse or hide. */
function flaws(relative: string): string[] {
  const found: string[] = [];
  if (!resolve(ROOT, relative).startsWith(ROOT + sep)) found.push('leaves the root');
  if (utf8Length(relative) > MAX_PATH_BYTES) found.push('is over 1000 bytes');
  if (relative !== relative.normalize('NFC')) found.push('is not NFC');
  for (const name of relative.split('/')) {
    if (/^\.|[. ]$|^$/.test(name)) found.push(`${JSON.stringify(name)} is empty, hidden or ends with a dot or space`);
    if (REFUSED.test(name)) found.push(`${JSON.stringify(name)} has a refused character`);
    if (DEVICE_NAME.test((name.split('.')[0] ?? '').trimEnd())) found.push(`${JSON.stringify(name)} is a device name`);
    if (utf8Length(name) > MAX_SEGMENT_BYTES) found.push(`${JSON.stringify(name)} is over 180 bytes`);
  }
  return found;
}

function everywhere(value: string): TrackMetadata {
  return {
    title: value,
    artists: [value],
    artistCredit: value,
    album: value,
    albumArtists: [value],
    releaseDate: value,
    genres: [value],
    label: value,
    isrc: value,
    releaseType: value,
    trackNumber: 1,
    musicbrainz: { recordingId: value },
    source: 'test',
  };
}

const HOSTILE: [string, string][] = [
  ['a Unix path', '../../etc/passwd'],
  ['a Windows path', '..\\..\\windows\\system32'],
  ['an absolute path', '/etc/shadow'],
  ['a Windows absolute path', 'C:\\Windows\\System32'],
  ['a UNC path', '\\\\server\\share'],
  ['NUL bytes', 'a\u0000\u0000b'],
  ['only a NUL byte', '\u0000'],
  ['a device name', 'CON'],
  ['a device name with an extension', 'nul.txt'],
  ['a 1,000-character title', 'x'.repeat(1000)],
  ['1,000 emoji', '🎵'.repeat(1000)],
  ['combining characters (NFD)', 'Motorhe\u0308ad Sigur Ro\u0301s'],
  ['a right-to-left override', 'song\u202e3pm.exe'],
  ['right-to-left marks', '\u200fأغنية\u200f'],
  ['dots only', '....'],
  ['dot dot', '..'],
  ['spaces only', '     '],
  ['dots and spaces', '. . .. '],
  ['every refused character', '<>:"|?*\\/'],
  ['control characters', '\u0001\u0007\u001b[31m\u007f\u0085'],
  ['an unpaired surrogate', '\udc00\ud800'],
  ['a template token', '{Artist}/../{Track Title}'],
  ['a trailing dot', 'Title.'],
  ['a hidden file', '.bashrc'],
];

describe('renderPath with hostile values', () => {
  it.each(HOSTILE)('keeps %s inside the library root', (_case, value) => {
    for (const template of TEMPLATES) expect(flaws(renderPath(template, everywhere(value), 'mp3'))).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      '../../etc/passwd',
      '_.-..-etc-passwd/Singles/_.-..-etc-passwd - ..-..-etc-passwd.mp3',
      'values never make folders',
    ],
    ['/etc/shadow', '-etc-shadow/Singles/-etc-shadow - -etc-shadow.mp3', 'an absolute path is a name'],
    ['CON', 'CON_/Singles/CON - CON.mp3', 'only a whole name is a device name'],
    ['..', 'Unknown Artist/Singles/Unknown Artist - Unknown Title.mp3', '.. alone counts as missing'],
    ['....', 'Unknown Artist/Singles/Unknown Artist - Unknown Title.mp3', 'dots alone count as missing'],
  ])('%j renders as %j: %s', (value, expected) => {
    expect(renderPath('{Artist}/Singles/{Artist} - {Track Title}', everywhere(value), 'mp3')).toBe(expected);
  });

  it('suffixes a device name that fills a whole folder name', () => {
    expect(renderPath('{Artist}/{Track Title}', everywhere('nul.txt'), 'mp3')).toBe('nul_.txt/nul_.txt.mp3');
  });

  it('refuses a template that climbs out of the root', () => {
    expect(() => renderPath('{Album Title}/../..', everywhere('x'), 'mp3')).toThrow(/must not contain \. or \.\./);
  });
});

/** mulberry32: a small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...'abcXYZ019 ./\\:*?"<>|-_()[]{}',
  '\u0000',
  '\u0007',
  '\n',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u200f',
  '\ufeff',
  '\u0301',
  '\u0308',
  '\ud800',
  '\udc00',
  '🎵',
  '👨‍👩‍👧',
  '漢',
  'é',
  'ß',
  '..',
  'CON',
  'nul',
  'COM1',
  'LPT¹',
  '{Artist}',
  'Various Artists',
  'x'.repeat(200),
];

describe('renderPath with random values', () => {
  it('keeps every one of 3,000 random tracks inside the library root', () => {
    const next = random(20_240_601);
    const pick = () => PIECES[Math.floor(next() * PIECES.length)] ?? '';
    const text = () => Array.from({ length: Math.floor(next() * 12) }, pick).join('');
    const failures: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const metadata: TrackMetadata = {
        ...everywhere(text()),
        title: text(),
        artists: [text(), text()],
        artistCredit: next() < 0.5 ? text() : undefined,
        album: next() < 0.8 ? text() : undefined,
        trackNumber: Math.floor(next() * 30),
        discNumber: Math.floor(next() * 3),
        discTotal: Math.floor(next() * 3),
      };
      const template = TEMPLATES[i % TEMPLATES.length] ?? '';
      const extension = next() < 0.9 ? 'flac' : text();
      const relative = renderPath(template, metadata, extension);
      const found = flaws(relative);
      if (found.length)
        failures.push(`track ${i} ${JSON.stringify(metadata)} → ${JSON.stringify(relative)}: ${found.join(', ')}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});
