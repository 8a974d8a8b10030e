import { readFileSync } from 'node:fs';
import { MAX_LINE_LENGTH, MAX_TRACKLIST_LINES, parseTracklist } from './parse-tracklist.js';
import type { TracklistEntry } from './tracklist.types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/tracklists/${name}`, import.meta.url), 'utf8');

/** [start seconds | undefined, artist, title, label | undefined] per slot. */
type Row = [number | undefined, string, string, string?];
const rows = (entries: TracklistEntry[]): Row[] =>
  entries.map((e) => [e.start, e.artist, e.title, ...(e.label ? [e.label] : [])] as Row);

describe('parseTracklist on pasted tracklists', () => {
  it('reads a 1001Tracklists paste: heading, [mm:ss], "NN." after the time, w/ lines, ID slots, [LABEL]', () => {
    const sut = parseTracklist(fixture('1001tracklists-style-paste.txt'));
    expect(sut.format).toBe('timed');
    expect(sut.heading).toBe('Loopback Sessions 001 (Live @ 127.0.0.1) 2026-11-14');
    expect(rows(sut.entries)).toEqual<Row[]>([
      [0, 'Glenn Miller And His Orchestra', 'In The Mood', 'BLUEBIRD'],
      [211, 'Benny Goodman & His Orchestra', 'Sing, Sing, Sing (With A Swing) (Extended Mix)', 'VICTOR'],
      [718, 'Duke Ellington', "Take The 'A' Train", 'VICTOR'],
      [undefined, 'ID', 'ID'],
      [1120, 'Artie Shaw vs. Count Basie', "Begin The Beguine (One O'Clock Jump Mashup)"],
      [1445, 'Count Basie ft. Jimmy Rushing', 'Sent For You Yesterday (Loopback Edit)', 'DECCA'],
      [3727, 'Glenn Miller And His Orchestra', 'Moonlight Serenade', 'BLUEBIRD'],
    ]);
    expect(sut.entries[1]?.together.map((t) => [t.artist, t.title])).toEqual([
      ['Louis Prima', 'Sing, Sing, Sing (Acapella)'],
    ]);
    expect(sut.entries.map((e) => e.unidentified)).toEqual([false, false, false, true, false, false, false]);
    expect(sut.entries[3]?.parsed).toBeUndefined();
    expect(sut.entries[5]?.parsed).toMatchObject({ artists: ['Count Basie'], featured: ['Jimmy Rushing'] });
    expect(sut.entries[1]?.parsed?.versions.map((v) => v.kind)).toEqual(['extended']);
  });

  it('reads MixesDB start minutes: [014] to the minute, [11?] to ten minutes, [0??] unknown; labels with cat#', () => {
    const sut = parseTracklist(fixture('chrischain-mixesdb-minute-brackets.txt'));
    expect(sut.format).toBe('mixesdb');
    expect(sut.entries).toHaveLength(36);
    const pick = (position: number) => sut.entries[position - 1];
    const table: [number, number | undefined, string, string, string, string][] = [
      [1, 0, 'minute', 'Klaus Wiese', 'Tibetische Klangschalen 1', 'Edition Ak'],
      [2, undefined, 'none', 'Wink', 'Full Late Night', 'Ovum'],
      [4, undefined, 'none', 'Antonio Ruscito', 'Immagini Dai Sogni (Edit Select Remix)', 'Edit Select'],
      [6, 840, 'minute', 'Pastaboys & Osunlade', "Deep Musique (Trus'me Spritz Mix)", 'Rebirth'],
      [16, 2580, 'minute', 'Yotam Avni', 'This Is How (Sterac Remix)', 'Ovum - OVM-259'],
      [20, undefined, 'none', 'Orgue Electronique Feat. Robert Owen', 'Our House (DJ TLR Remix)', 'Crème Organization'],
      [31, 6000, 'minute', 'Mathew Jonson', 'Marionette (The Beginning)', 'Wagon Repair'],
      [34, 6780, 'minute', 'Members Of Mayday', 'MOM', 'Electric Kingdom'],
      [35, 6600, 'ten-minutes', 'Envoy', 'Dark Manoeuvres', 'Soma'],
      [36, 6600, 'ten-minutes', 'Klaus Wiese', 'Tibetische Klangschalen 1', 'Edition Ak'],
    ];
    for (const [position, start, precision, artist, title, label] of table) {
      expect(pick(position)).toMatchObject({ position, startPrecision: precision, artist, title, label });
      expect(pick(position)?.start).toBe(start);
    }
    expect(sut.entries.filter((e) => e.startPrecision === 'minute').map((e) => e.start! / 60)).toEqual([
      0, 14, 18, 35, 43, 53, 54, 68, 78, 81, 95, 100, 106, 109, 113,
    ]);
    expect(pick(20)?.parsed?.featured).toEqual(['Robert Owen']);
  });

  it('keeps a lone "?" as an unidentified slot in an untimed MixesDB list', () => {
    const sut = parseTracklist(fixture('chrischain-mixesdb-unknowns.txt'));
    expect(sut.format).toBe('plain');
    expect(sut.entries).toHaveLength(14);
    expect(sut.entries.filter((e) => e.unidentified).map((e) => e.position)).toEqual([1, 7, 9]);
    expect(rows(sut.entries.slice(1, 3))).toEqual<Row[]>([
      [undefined, 'Allen Ginsberg', 'America'],
      [undefined, 'Amazing Farmer Singers Of Chicago', 'I Got A Telephone In My Bosom'],
    ]);
    expect(sut.entries.every((e) => e.startPrecision === 'none')).toBe(true);
  });

  it('reads a 2-CD inlay "NN - [hh:]mm:ss - Artist - Title": disc 2 when numbers restart, times keep running', () => {
    const sut = parseTracklist(fixture('chrischain-numbered-timestamp-2cd.txt'));
    expect(sut.format).toBe('numbered-timestamp');
    expect(sut.entries).toHaveLength(39);
    const table: [number, number, number, number, string, string][] = [
      [1, 1, 1, 0, 'DJ Dainskin', 'Move Your Body'],
      [2, 1, 2, 5 * 60 + 21, 'Dave Angel', 'Funk Music (Dave Angel Rework)'],
      [14, 1, 14, 56 * 60 + 22, 'Jan Driver', 'Filter'],
      [15, 1, 15, 3600 + 16, 'Mark N-R-G', "Don't Stop (Dave Angel Remix)"],
      [17, 1, 17, 3600 + 8 * 60 + 40, 'Christian Smith vs Jean-Phillippe Aviance', 'Goldrush'],
      [19, 2, 1, 3600 + 18 * 60 + 54, 'Spirit Guide', 'The First Few Steps'],
      [38, 2, 20, 2 * 3600 + 26 * 60, 'Adam Beyer', '4.50'],
      [39, 2, 21, 2 * 3600 + 28 * 60 + 53, 'Nico Awtsventin', 'Funx Patterns'],
    ];
    for (const [position, disc, number, start, artist, title] of table) {
      expect(sut.entries[position - 1]).toMatchObject({ position, disc, number, start, artist, title });
    }
    const starts = sut.entries.map((e) => e.start!);
    expect(starts.every((start, i) => i === 0 || start > starts[i - 1]!)).toBe(true);
  });

  it('reads a Discogs paste: tab columns, en dash glued to the artist, "*" name variations, credit lines skipped', () => {
    const sut = parseTracklist(fixture('chrischain-discogs-tracklist-paste.txt'));
    expect(sut.format).toBe('discogs');
    expect(sut.entries).toHaveLength(18);
    expect(sut.skipped.every((s) => s.reason === 'credit')).toBe(true);
    expect(sut.skipped).toHaveLength(39);
    const table: [number, number, string, string][] = [
      [1, 1, 'Dance Fever', 'Out On The Dancefloor'],
      [2, 2, 'Robert Armani', 'Circus Bells (Hardfloor Remix)'],
      [5, 5, 'H.M.C. / A.S.I.O.', 'Tropic Of Capricorn'],
      [10, 10, 'Galaxy 2 Galaxy', 'Journey Of The Dragons'],
      [14, 14, 'Essence Of Nature', 'Blue Orchidee'],
      [18, 18, 'Laurent Garnier', 'Go To Sleep'],
    ];
    for (const [position, number, artist, title] of table) {
      expect(sut.entries[position - 1]).toMatchObject({ position, disc: 1, number, artist, title });
    }
    expect(sut.entries[1]?.parsed?.versions).toMatchObject([{ kind: 'remix', detail: 'Hardfloor' }]);
  });

  it('reads YouTube "Music in this video": Song / Artist / Album groups, licensor lines dropped', () => {
    const sut = parseTracklist(fixture('chrischain-youtube-music-in-this-video.txt'));
    expect(sut.format).toBe('youtube-music');
    expect(rows(sut.entries)).toEqual<Row[]>([
      [undefined, 'Conrad Van Orton', 'Ending Point'],
      [undefined, 'AWB', 'Kinetic Lullaby (Pris Remix)'],
      [undefined, 'Altinbas', 'Articulation'],
      [undefined, 'Opuswerk', 'Derzhprom (Keith Carnal Remix)'],
      [undefined, 'Dasha Rush', 'Black Swan'],
      [undefined, 'Sept', 'Script (I/Y Remix)'],
      [undefined, 'Robert Hood', 'In Basements (Original Mix)'],
      [undefined, 'CNCPT', 'Citofono 1'],
      [undefined, 'Kenny Larkin', 'You Are (Dark Mix)'],
      [undefined, 'Jeroen Search', 'Steady Pulse'],
    ]);
  });

  it('reads bare "Artist - Title" lines', () => {
    const sut = parseTracklist(fixture('chrischain-plain-lines.txt'));
    expect(sut.format).toBe('plain');
    expect(sut.entries).toHaveLength(17);
    expect(rows([sut.entries[0]!, sut.entries[5]!, sut.entries[16]!])).toEqual<Row[]>([
      [undefined, 'Ross 154', 'Mayflower'],
      [undefined, 'Sun Electric', 'Entrance (D. Angel Rmx)'],
      [undefined, 'Ian Pooley', 'Twin Gods'],
    ]);
  });

  it('reads a description switching from m:ss to h:mm:ss, matching the times of its published CUE conversion', () => {
    const sut = parseTracklist(fixture('cuetube-minecraft-soundtrack.timestamps.txt'));
    const expected = JSON.parse(
      readFileSync(
        new URL('../../test/fixtures/cue/cuetube-minecraft-soundtrack.expected.cue.json', import.meta.url),
        'utf8',
      ),
    ) as { tracks: { title: string; time: number }[] };
    expect(sut.format).toBe('timed');
    expect(sut.entries.map((e) => [e.title, e.start])).toEqual(expected.tracks.map((t) => [t.title, t.time]));
  });
});

describe('parseTracklist on single lines', () => {
  it.each([
    ['01.[18:02] Giuseppe - Song', 1082, 'Giuseppe', 'Song'],
    ['10:57 02. Space - Manoeuvres', 657, 'Space', 'Manoeuvres'],
    ['999:02:28 Mossy - Theme', 999 * 3600 + 148, 'Mossy', 'Theme'],
    ['2:28 NO LEADING - ZERO', 148, 'NO LEADING', 'ZERO'],
    ['School - Days 1:42', 102, 'School', 'Days'],
    ['(4:05) Artist – Title', 245, 'Artist', 'Title'],
  ])('%s', (line, start, artist, title) => {
    const sut = parseTracklist(`${line}\n${line}`);
    expect(sut.entries[0]).toMatchObject({ start, artist, title, startPrecision: 'second' });
  });

  it('never reads past the line limit and survives a hostile paste', () => {
    const sut = parseTracklist(`${'['.repeat(20000)}\n${'0:00 '.repeat(5000)}\n` + 'a - b\n'.repeat(2000));
    expect(sut.entries.length).toBeLessThanOrEqual(MAX_TRACKLIST_LINES);
    expect(sut.entries.every((e) => e.raw.length <= MAX_LINE_LENGTH)).toBe(true);
  });
});
