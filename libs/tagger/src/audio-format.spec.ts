import { formatOf } from './audio-format.js';

describe('formatOf', () => {
  it.each([
    ['/data/tmp/job-1/audio/Nirvana - Smells Like Teen Spirit.mp3', 'mp3'],
    ['track.M4A', 'm4a'],
    ['track.opus', 'opus'],
    ['track.ogg', 'ogg'],
    ['01 - Army of Me.flac', 'flac'],
  ])('%j is %s', (file, format) => {
    expect(formatOf(file)).toBe(format);
  });

  it.each(['track.wav', 'track.webm', 'track.mp3.part', 'track', 'flac'])('%j is not a format it tags', (file) => {
    expect(formatOf(file)).toBeUndefined();
  });
});
