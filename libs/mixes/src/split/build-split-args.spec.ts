import { buildSplitArgs, cutsToTheSample } from './build-split-args.js';
import { partFileName } from './part-file-name.js';

describe('buildSplitArgs', () => {
  it('re-encodes FLAC losslessly to cut at the exact sample', () => {
    expect(
      buildSplitArgs({ source: 'm.flac', target: 'p.flac', codec: 'flac', startFrames: 189, endFrames: 420 }),
    ).toEqual([
      ...['-hide_banner', '-nostdin', '-loglevel', 'error', '-y'],
      ...['-ss', '2.520000', '-to', '5.600000', '-i', 'm.flac'],
      ...['-map', '0:a:0', '-map_metadata', '-1', '-map_chapters', '-1', '-c:a', 'flac', 'p.flac'],
    ]);
    expect(cutsToTheSample('flac')).toBe(true);
  });

  it('copies lossy audio untouched', () => {
    const args = buildSplitArgs({ source: 'm.mp3', target: 'p.mp3', codec: 'mp3', startFrames: 0, endFrames: 75 });
    expect(args.slice(-3)).toEqual(['-c', 'copy', 'p.mp3']);
    expect(cutsToTheSample('mp3')).toBe(false);
  });
});

describe('partFileName', () => {
  it.each([
    [3, 'Duke Ellington', "Take The 'A' Train", 'flac', "03 - Duke Ellington - Take The 'A' Train.flac"],
    [12, '', 'ID', 'mp3', '12 - ID.mp3'],
    [1, '../../etc', 'pa/ss:wd', 'flac', '01 - ..-..-etc - pa-ss-wd.flac'],
  ])('%d %s %s', (position, artist, title, extension, name) => {
    expect(partFileName(position, { artist, title }, extension)).toBe(name);
  });
});
