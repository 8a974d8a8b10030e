import { readFileSync } from 'node:fs';
import { decodeCueBytes } from './decode-cue-bytes.js';
import { readCueSheet } from './read-cue-sheet.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../test/fixtures/cue/${name}`, import.meta.url));
const read = (name: string) => readCueSheet(decodeCueBytes(fixture(name)).text);
const seconds = (frames: number) => frames / 75;

describe('readCueSheet on sheets found beside mixes', () => {
  it('reads the DJ-mix edge cases: BOM, CRLF, pregap, doubled quotes, unquoted ID, frames, minutes past 99', () => {
    const sut = read('dj-mix-edge-cases.cue');
    expect(sut.title).toBe('Loopback Sessions 001 (Live @ 127.0.0.1)');
    expect(sut.dialect).toMatchObject({ timeBase: 'frames', doubledQuotes: true, minutesOver99: true });
    expect(sut.tracks.map((t) => [t.title, t.performer, t.startFrames])).toEqual([
      ['Intro', 'Various Artists', 0],
      ['Tune With "Quotes" Inside (Dub)', 'Artist A & Artist B feat. Artist C', 300 * 75],
      ['Título con acentos — ünïcödé', 'Ångström Ørkester', 754 * 75 + 74],
      ['ID', 'ID', 3599 * 75 + 74],
      ['Past The Hundredth Minute', 'Artist D vs. Artist E', 6000 * 75],
      ['Outro', 'Artist A', 7425 * 75 + 67],
    ]);
    expect(seconds(sut.tracks[1]!.pregapFrames!)).toBeCloseTo(298.667, 3);
    expect(sut.tracks.map((t) => t.unidentified)).toEqual([false, false, false, true, false, false]);
    expect(sut.tracks[4]?.isrc).toBe('USXXX2600001');
    expect(sut.remarks).toEqual(expect.arrayContaining(['GENRE Electronic', 'DATE 2026']));
    expect(sut.files).toEqual(['Loopback Sessions 001.flac']);
    expect(sut.warnings).toEqual([]);
  });

  it('reads rekordbox recordings: HH:MM:SS indexes and each track naming its source file', () => {
    const sut = read('rekordbox-recording.hhmmss.cue');
    expect(sut.dialect).toMatchObject({ timeBase: 'hours-minutes-seconds', nestedTrackFiles: true });
    expect(sut.files).toEqual(['01 REC-2026-11-14.wav']);
    expect(sut.tracks.map((t) => [t.title, t.performer, seconds(t.startFrames), t.file])).toEqual([
      ['In the Mood', 'Glenn Miller And His Orchestra', 0, '01 REC-2026-11-14.wav'],
      ['Sing, Sing, Sing (With a Swing) (Extended Mix)', 'Benny Goodman & His Orchestra', 211, '01 REC-2026-11-14.wav'],
      ["Take the 'A' Train", 'Duke Ellington', 718, '01 REC-2026-11-14.wav'],
      ['Moonlight Serenade', 'Glenn Miller And His Orchestra', 3727, '01 REC-2026-11-14.wav'],
    ]);
    expect(sut.tracks[1]?.sourceFile).toBe('/Users/dj/Music/Benny Goodman - Sing Sing Sing.mp3');
    expect(sut.warnings).toEqual([]);
  });

  it('reads three-digit minutes of a 111-minute single-file sheet, inheriting the sheet performer', () => {
    const sut = read('cuetube-minecraft-soundtrack.cue');
    expect(sut.tracks).toHaveLength(28);
    expect(sut.tracks[0]).toMatchObject({ title: 'Key (Nuance 1)', performer: 'Luigi', startFrames: 0 });
    expect(seconds(sut.tracks[27]!.startFrames)).toBe(111 * 60 + 48);
    expect(sut.dialect.minutesOver99).toBe(true);
  });

  it('counts frames as 1/75 s, not hundredths', () => {
    const sut = read('cuetube-freedb-410d7214-single-file-album.cue');
    expect(sut.tracks).toHaveLength(20);
    expect(sut.tracks[1]?.startFrames).toBe((4 * 60 + 46) * 75 + 10);
    expect(sut.tracks[17]?.startFrames).toBe((47 * 60 + 8) * 75 + 65);
    expect(sut.dialect.timeBase).toBe('frames');
  });

  it('keeps each track in its own file when a sheet has one FILE per TRACK (time base resets)', () => {
    const sut = read('cuetube-age2-multi-file-urls.cue');
    expect(sut.dialect.nestedTrackFiles).toBe(false);
    expect(sut.files).toHaveLength(15);
    expect(sut.tracks).toHaveLength(15);
    expect(new Set(sut.tracks.map((t) => t.file)).size).toBe(15);
    expect(sut.tracks.every((t) => t.startFrames === 0)).toBe(true);
    expect(sut.tracks[3]).toMatchObject({ number: 4, title: 'Track 3 : Drizzle (Firelight Smoove Mix)' });
  });

  it('never throws on garbage and reports what it could not read', () => {
    const sut = readCueSheet('TRACK\nINDEX 01 aa:bb:cc\n"unterminated\nFILE\n\u0000');
    expect(sut.warnings.length).toBeGreaterThan(0);
  });
});

describe('decodeCueBytes', () => {
  it.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9], 'Aé', 'utf-8'],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00], 'Aé', 'utf-16le'],
    ['Windows-1252 (Ångström)', [0xc5, 0x6e, 0x67, 0x73, 0x74, 0x72, 0xf6, 0x6d], 'Ångström', 'windows-1252'],
    ['Windows-1252 curly quote and en dash', [0x93, 0x41, 0x94, 0x20, 0x96], '“A” –', 'windows-1252'],
    ['Shift_JIS (テクノ)', [0x83, 0x65, 0x83, 0x4e, 0x83, 0x6d], 'テクノ', 'shift_jis'],
    ['plain UTF-8', [0xc3, 0x85, 0x41], 'ÅA', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeCueBytes(Uint8Array.from(bytes))).toEqual({ text, encoding });
  });
});
