import { type AudioQuality, compareQuality } from './compare-quality.js';

const flac: AudioQuality = { lossless: true, bitrate: 1_011_000, sampleRate: 44_100, codec: 'flac' };
const flacHiRes: AudioQuality = { lossless: true, bitrate: 2_950_000, sampleRate: 96_000, codec: 'flac' };
const mp3v0: AudioQuality = { lossless: false, bitrate: 245_000, sampleRate: 44_100, codec: 'mp3' };
const mp3320: AudioQuality = { lossless: false, bitrate: 320_000, sampleRate: 44_100, codec: 'mp3' };
const mp3128: AudioQuality = { lossless: false, bitrate: 128_000, sampleRate: 44_100, codec: 'mp3' };
const opus: AudioQuality = { lossless: false, bitrate: 160_000, sampleRate: 48_000, codec: 'opus' };
const aac: AudioQuality = { lossless: false, bitrate: 129_000, sampleRate: 44_100, codec: 'aac' };

describe('compareQuality', () => {
  it.each<[string, AudioQuality, AudioQuality, string, string]>([
    ['lossless over a high lossy bitrate', flac, mp3320, 'better', 'lossless FLAC 1011 kbps beats lossy MP3 320 kbps'],
    ['lossy under lossless', mp3320, flac, 'worse', 'lossy MP3 320 kbps is worse than lossless FLAC 1011 kbps'],
    ['a higher bitrate', mp3320, mp3128, 'better', 'MP3 320 kbps beats MP3 128 kbps'],
    ['a lower bitrate of another codec', opus, mp3v0, 'worse', 'OPUS 160 kbps is worse than MP3 245 kbps'],
    ['a difference under 10 %', aac, mp3128, 'same', 'AAC 129 kbps and MP3 128 kbps differ by less than 10 %'],
    [
      'just under 10 %',
      { ...mp3320, bitrate: 289_000 },
      mp3320,
      'same',
      'MP3 289 kbps and MP3 320 kbps differ by less than 10 %',
    ],
    ['exactly 10 %', { ...mp3320, bitrate: 288_000 }, mp3320, 'worse', 'MP3 288 kbps is worse than MP3 320 kbps'],
    ['hi-res lossless', flacHiRes, flac, 'better', 'FLAC 2950 kbps beats FLAC 1011 kbps'],
    ['equal files', flac, { ...flac }, 'same', 'FLAC 1011 kbps and FLAC 1011 kbps differ by less than 10 %'],
    [
      'an unknown bitrate',
      { lossless: false, codec: 'mp3' },
      mp3320,
      'same',
      'MP3 ? kbps and MP3 320 kbps: without both bitrates they count the same',
    ],
    [
      'nothing known but losslessness',
      { lossless: true },
      { lossless: false, bitrate: 0 },
      'better',
      'lossless unknown codec ? kbps beats lossy unknown codec ? kbps',
    ],
  ])('%s', (_case, a, b, verdict, reason) => {
    expect(compareQuality(a, b)).toEqual({ verdict, reason });
  });
});
