import { readFileSync } from 'node:fs';
import { parseTracklist } from '../tracklist/parse-tracklist.js';
import { formatCueTime } from './cue-time.js';
import { readCueSheet } from './read-cue-sheet.js';
import { tracklistToCue } from './tracklist-to-cue.js';
import { writeCueSheet } from './write-cue-sheet.js';

const fixture = (path: string): string => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), 'utf8');

describe('formatCueTime', () => {
  it.each([
    [0, '00:00:00'],
    [74, '00:00:74'],
    [75, '00:01:00'],
    [(4 * 60 + 46) * 75 + 10, '04:46:10'],
    [6000 * 75, '100:00:00'],
    [(111 * 60 + 48) * 75, '111:48:00'],
  ])('%d frames → %s', (frames, text) => expect(formatCueTime(frames)).toBe(text));
});

describe('text → CUE → parse', () => {
  it('turns the Minecraft description into the sheet its author published, index for index', () => {
    const tracklist = parseTracklist(fixture('tracklists/cuetube-minecraft-soundtrack.timestamps.txt'));
    const written = writeCueSheet(
      tracklistToCue(tracklist, {
        file: 'https://www.youtube.com/watch?v=Dg0IjOzopYU',
        title: 'Minecraft FULL SOUNDTRACK (2016)',
        performer: 'Luigi',
      }),
    );
    const expected = readCueSheet(fixture('cue/cuetube-minecraft-soundtrack.expected.cue'));
    const sut = readCueSheet(written);
    expect(sut.warnings).toEqual([]);
    expect(sut.title).toBe(expected.title);
    expect(sut.files).toEqual(expected.files);
    expect(sut.tracks.map((t) => [t.title, t.performer, t.startFrames])).toEqual(
      expected.tracks.map((t) => [t.title, t.performer, t.startFrames]),
    );
    expect(written).toContain('INDEX 01 111:48:00');
  });

  it.each([
    '1001tracklists-style-paste.txt',
    'chrischain-numbered-timestamp-2cd.txt',
    'chrischain-mixesdb-minute-brackets.txt',
  ])('round-trips the placed slots of %s', (name) => {
    const tracklist = parseTracklist(fixture(`tracklists/${name}`));
    const sheet = tracklistToCue(tracklist, { file: 'mix.flac' });
    const sut = readCueSheet(writeCueSheet(sheet));
    expect(sut.warnings).toEqual([]);
    const placed = tracklist.entries.filter((e) => e.startPrecision === 'second' || e.startPrecision === 'minute');
    expect(sut.tracks.map((t) => [t.title, t.startFrames / 75])).toEqual(
      placed.map((e) => [e.unidentified ? 'ID' : e.title, e.start]),
    );
    expect(sut.tracks.length).toBeGreaterThan(5);
  });

  it('keeps quotes and line breaks from breaking the sheet', () => {
    const written = writeCueSheet({
      file: 'a "b".mp3',
      title: 'Mix\nREM injected',
      tracks: [{ title: 'Say "Hi"', performer: 'X', startFrames: 0 }],
    });
    const sut = readCueSheet(written);
    expect(sut.warnings).toEqual([]);
    expect(sut.title).toBe('Mix REM injected');
    expect(sut.tracks[0]?.title).toBe("Say 'Hi'");
    expect(sut.files).toEqual(["a 'b'.mp3"]);
  });
});
