import { audioContentType, isAudioFileName, isSkippedName } from './audio-file-names.js';

describe('isAudioFileName', () => {
  it.each([['a.mp3'], ['b.M4A'], ['c.mp4'], ['d.aac'], ['e.opus'], ['f.ogg'], ['g.oga'], ['h.FLAC'], ['🎵.flac']])(
    'indexes %s',
    (name) => expect(isAudioFileName(name)).toBe(true),
  );

  it.each([['cover.jpg'], ['notes.txt'], ['song.mp3.part'], ['song.wav'], ['mp3'], ['folder.lrc'], ['x.flac.tmp']])(
    'leaves %s out',
    (name) => expect(isAudioFileName(name)).toBe(false),
  );
});

describe('isSkippedName', () => {
  it.each([
    ['.hidden.mp3'],
    ['.Trash-1000'],
    ['.song.mp3.1a2b3c4d.tagging.mp3'],
    ['.truetrack-1a2b.flac.part'],
    ['x.part'],
    ['y.crdownload'],
  ])('skips %s', (name) => expect(isSkippedName(name)).toBe(true));

  it.each([['Song.mp3'], ['_unsorted'], ['Artist'], ['and more.flac']])('keeps %s', (name) =>
    expect(isSkippedName(name)).toBe(false),
  );
});

describe('audioContentType', () => {
  it.each([
    ['a.mp3', 'audio/mpeg'],
    ['a.m4a', 'audio/mp4'],
    ['a.mp4', 'audio/mp4'],
    ['a.aac', 'audio/aac'],
    ['a.opus', 'audio/ogg'],
    ['a.ogg', 'audio/ogg'],
    ['a.oga', 'audio/ogg'],
    ['a.flac', 'audio/flac'],
    ['a.bin', 'application/octet-stream'],
  ])('serves %s as %s', (name, type) => expect(audioContentType(name)).toBe(type));
});
