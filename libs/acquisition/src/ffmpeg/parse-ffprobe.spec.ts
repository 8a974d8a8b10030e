import { readFileSync } from 'node:fs';
import { PermanentError } from '@app/core';
import type { AudioInfo } from './audio-info.js';
import { parseFfprobe } from './parse-ffprobe.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/ffprobe/${name}.json`, import.meta.url), 'utf8');

describe('parseFfprobe', () => {
  it.each<[string, AudioInfo]>([
    [
      'opus.opus',
      {
        codec: 'opus',
        container: 'ogg',
        durationMs: 3007,
        bitrate: 116307,
        sampleRate: 48000,
        channels: 1,
        lossless: false,
      },
    ],
    [
      'youtube-opus.webm',
      {
        codec: 'opus',
        container: 'matroska',
        durationMs: 3008,
        bitrate: 135962,
        sampleRate: 48000,
        channels: 2,
        lossless: false,
      },
    ],
    [
      'aac.m4a',
      {
        codec: 'aac',
        container: 'mp4',
        durationMs: 3000,
        bitrate: 124497,
        sampleRate: 44100,
        channels: 1,
        lossless: false,
      },
    ],
    [
      'mp3-cbr128.mp3',
      {
        codec: 'mp3',
        container: 'mp3',
        durationMs: 3030,
        bitrate: 128000,
        sampleRate: 44100,
        channels: 1,
        lossless: false,
      },
    ],
    [
      'mp3-with-cover.mp3',
      {
        codec: 'mp3',
        container: 'mp3',
        durationMs: 3030,
        bitrate: 192000,
        sampleRate: 44100,
        channels: 1,
        lossless: false,
      },
    ],
    [
      'video-first.mp4',
      {
        codec: 'aac',
        container: 'mp4',
        durationMs: 3000,
        bitrate: 124497,
        sampleRate: 44100,
        channels: 1,
        lossless: false,
      },
    ],
    [
      'vorbis.ogg',
      {
        codec: 'vorbis',
        container: 'ogg',
        durationMs: 3000,
        bitrate: 80000,
        sampleRate: 44100,
        channels: 1,
        lossless: false,
      },
    ],
    [
      'alac.m4a',
      {
        codec: 'alac',
        container: 'mp4',
        durationMs: 3000,
        bitrate: 141565,
        sampleRate: 44100,
        channels: 1,
        lossless: true,
      },
    ],
    [
      'wav-s24.wav',
      {
        codec: 'pcm_s24le',
        container: 'wav',
        durationMs: 3000,
        bitrate: 1058400,
        sampleRate: 44100,
        channels: 1,
        lossless: true,
      },
    ],
    [
      'flac-stereo.flac',
      {
        codec: 'flac',
        container: 'flac',
        durationMs: 3000,
        bitrate: 121282,
        sampleRate: 44100,
        channels: 2,
        lossless: true,
      },
    ],
  ])('%s', (name, expected) => {
    expect(parseFfprobe(fixture(name))).toEqual(expected);
  });

  it('takes no container bitrate when a cover or video shares the file', () => {
    const json = JSON.stringify({
      streams: [
        { codec_type: 'audio', codec_name: 'opus', sample_rate: '48000', channels: 2 },
        { codec_type: 'video', codec_name: 'mjpeg', disposition: { attached_pic: 1 } },
      ],
      format: { format_name: 'ogg', duration: '200.5', bit_rate: '140000' },
    });
    expect(parseFfprobe(json)).toEqual({
      codec: 'opus',
      container: 'ogg',
      durationMs: 200500,
      sampleRate: 48000,
      channels: 2,
      lossless: false,
    });
  });

  it.each([
    ['no audio stream', { streams: [{ codec_type: 'video', codec_name: 'h264' }], format: { duration: '3' } }],
    ['no streams at all', { format: { format_name: 'mp3', duration: '3' } }],
    ['no duration', { streams: [{ codec_type: 'audio', codec_name: 'mp3' }], format: { duration: 'N/A' } }],
  ])('refuses a probe with %s', (_name, probe) => {
    expect(() => parseFfprobe(JSON.stringify(probe))).toThrow(PermanentError);
  });
});
