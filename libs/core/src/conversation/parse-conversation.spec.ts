import type { RequestConstraints } from './constraints.js';
import { parseConversation } from './parse-conversation.js';

type Expected = Omit<RequestConstraints, 'versions' | 'searchText'> & Partial<RequestConstraints>;

const FLAC = { codec: 'flac', lossless: true } as const;
const MP3_320 = { codec: 'mp3', minKbps: 320 } as const;

/** Requests as people type them, and what each settles; fields left out must stay undefined or empty. */
const REQUESTS: [string, Expected][] = [
  [
    'the acoustic version of numb from around 2004, in flac',
    {
      title: 'numb',
      versions: [{ kind: 'acoustic' }],
      years: { from: 2003, to: 2005 },
      format: { text: 'in flac', ...FLAC },
    },
  ],
  [
    'something like the live album Linkin Park did in Madrid',
    { artist: 'Linkin Park', kind: 'album', versions: [{ kind: 'live', detail: 'Madrid' }] },
  ],
  ['latest Burial EP', { artist: 'Burial', kind: 'ep', latest: true }],
  ["burial's latest ep", { artist: 'burial', kind: 'ep', latest: true }],
  ['the newest Taylor Swift album', { artist: 'Taylor Swift', kind: 'album', latest: true }],
  [
    'can you get me Numb by Linkin Park in 320',
    { artist: 'Linkin Park', title: 'Numb', format: { text: 'in 320', ...MP3_320 } },
  ],
  ['Numb by Linkin Park 320kbps', { artist: 'Linkin Park', title: 'Numb', format: { text: '320kbps', ...MP3_320 } }],
  [
    'In the End by Linkin Park, mp3 v0 please',
    { artist: 'Linkin Park', title: 'In the End', format: { text: 'mp3 v0', codec: 'mp3', minKbps: 220 } },
  ],
  [
    'Radiohead discography in lossless',
    { artist: 'Radiohead', kind: 'discography', format: { text: 'in lossless', lossless: true } },
  ],
  ['everything by Boards of Canada', { artist: 'Boards of Canada', kind: 'discography' }],
  [
    'Daft Punk - One More Time (live) 90s',
    { artist: 'Daft Punk', title: 'One More Time', versions: [{ kind: 'live' }], years: { from: 1990, to: 1999 } },
  ],
  [
    'the studio version of Paper Lanterns by Nova Tide',
    { artist: 'Nova Tide', title: 'Paper Lanterns', versions: [{ kind: 'studio' }] },
  ],
  [
    'an instrumental of Teardrop by Massive Attack',
    { artist: 'Massive Attack', title: 'Teardrop', versions: [{ kind: 'instrumental' }] },
  ],
  [
    'the demo of Creep by Radiohead from 1992',
    { artist: 'Radiohead', title: 'Creep', versions: [{ kind: 'demo' }], years: { from: 1992, to: 1992 } },
  ],
  ['Paper Lanterns live in Madrid', { title: 'Paper Lanterns', versions: [{ kind: 'live', detail: 'Madrid' }] }],
  [
    'the remastered Dark Side of the Moon album by Pink Floyd',
    { artist: 'Pink Floyd', album: 'Dark Side of the Moon', kind: 'album', versions: [{ kind: 'remaster' }] },
  ],
  ['Mr. Brightside remix', { title: 'Mr. Brightside', versions: [{ kind: 'remix' }] }],
  [
    'early 2000s Linkin Park album in opus',
    {
      artist: 'Linkin Park',
      kind: 'album',
      years: { from: 2000, to: 2003 },
      format: { text: 'in opus', codec: 'opus' },
    },
  ],
  ['mid 90s Blur single', { artist: 'Blur', kind: 'single', years: { from: 1993, to: 1996 } }],
  ['late 80s The Cure album', { artist: 'The Cure', kind: 'album', years: { from: 1987, to: 1989 } }],
  ['Glass Orchard (2021)', { title: 'Glass Orchard', years: { from: 2021, to: 2021 } }],
  [
    'Seether - Gasoline between 2002 and 2004',
    { artist: 'Seether', title: 'Gasoline', years: { from: 2002, to: 2004 } },
  ],
  ['just the song Numb by Linkin Park', { artist: 'Linkin Park', title: 'Numb', kind: 'track' }],
  [
    'hi-res Kind of Blue album by Miles Davis',
    { artist: 'Miles Davis', album: 'Kind of Blue', kind: 'album', format: { text: 'hi-res', ...FLAC } },
  ],
];

/** Words that look like constraints but are names: they must stay in the title or artist. */
const NAMES_NOT_CONSTRAINTS: [string, Expected][] = [
  ['Live Forever by Oasis', { artist: 'Oasis', title: 'Live Forever' }],
  ['1979 by The Smashing Pumpkins', { artist: 'The Smashing Pumpkins', title: '1979' }],
  ['Numb by Linkin Park', { artist: 'Linkin Park', title: 'Numb' }],
  ['numb linkin park', { title: 'numb linkin park' }],
];

describe('parseConversation', () => {
  it.each([...REQUESTS, ...NAMES_NOT_CONSTRAINTS])('%s', (input, expected) => {
    const { searchText, ...constraints } = parseConversation(input);
    expect(constraints).toEqual({ versions: [], ...expected });
    expect(searchText.length).toBeGreaterThan(0);
  });

  it.each([
    ['the acoustic version of numb from around 2004, in flac', 'numb (acoustic)'],
    ['something like the live album Linkin Park did in Madrid', 'Linkin Park (live in Madrid)'],
    ['can you get me Numb by Linkin Park in 320', 'Linkin Park - Numb'],
    ['the studio version of Paper Lanterns by Nova Tide', 'Nova Tide - Paper Lanterns'],
    ['numb linkin park', 'numb linkin park'],
  ])('searches the providers for %s with "%s"', (input, expected) => {
    expect(parseConversation(input).searchText).toBe(expected);
  });

  it.each([
    ['nothing', ''],
    ['blanks', '   '],
    ['punctuation', '??'],
    ['filler only', 'please'],
    ['3000 letters', 'x'.repeat(3000)],
    ['open brackets', '(((((((((((('],
    ['repeated prepositions', `live ${'in '.repeat(500)}`],
  ])('reads %s without throwing', (_name, input) => {
    expect(() => parseConversation(input)).not.toThrow();
  });
});
