import type { AudioInfo } from './audio-info.js';
import {
  buildAnalyseArgs,
  buildFfmpegArgs,
  buildProbeArgs,
  type ConversionPlan,
  type OutputPolicy,
  planConversion,
} from './build-ffmpeg-args.js';

const source = (codec: string, lossless: boolean, sampleRate = 44100): AudioInfo => ({
  codec,
  container: 'x',
  durationMs: 200_000,
  sampleRate,
  lossless,
});

const HEAD = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-i', 'in/src', '-map', '0:a:0', '-vn'];
const NO_TAGS = ['-map_metadata', '-1', '-map_chapters', '-1'];
const argv = (...tail: string[]) => [...HEAD, ...NO_TAGS, ...tail, 'out/track.part'];

const COPY_OPUS = argv('-c:a', 'copy', '-f', 'opus');
const COPY_M4A = argv('-c:a', 'copy', '-movflags', '+faststart', '-f', 'ipod');
const COPY_OGG = argv('-c:a', 'copy', '-f', 'ogg');
const COPY_MP3 = argv('-c:a', 'copy', '-f', 'mp3');
const COPY_FLAC = argv('-c:a', 'copy', '-f', 'flac');
const TO_FLAC = argv('-c:a', 'flac', '-f', 'flac');
const MP3_V0 = argv('-c:a', 'libmp3lame', '-q:a', '0', '-f', 'mp3');
const MP3_320 = argv('-c:a', 'libmp3lame', '-b:a', '320k', '-f', 'mp3');

type Row = [string, AudioInfo, OutputPolicy, string, boolean, string[]];

describe('planConversion + buildFfmpegArgs', () => {
  it.each<Row>([
    ['opus', source('opus', false, 48000), 'original', 'opus', false, COPY_OPUS],
    ['aac', source('aac', false), 'original', 'm4a', false, COPY_M4A],
    ['alac', source('alac', true), 'original', 'm4a', false, COPY_M4A],
    ['vorbis', source('vorbis', false), 'original', 'ogg', false, COPY_OGG],
    ['mp3', source('mp3', false), 'original', 'mp3', false, COPY_MP3],
    ['flac', source('flac', true), 'original', 'flac', false, COPY_FLAC],
    ['pcm_s16le', source('pcm_s16le', true), 'original', 'flac', true, TO_FLAC],
    ['wavpack', source('wavpack', true), 'original', 'flac', true, TO_FLAC],
    ['opus', source('opus', false, 48000), 'mp3-v0', 'mp3', true, MP3_V0],
    ['aac', source('aac', false), 'mp3-v0', 'mp3', true, MP3_V0],
    ['flac', source('flac', true), 'mp3-v0', 'mp3', true, MP3_V0],
    ['mp3', source('mp3', false), 'mp3-v0', 'mp3', false, COPY_MP3],
    ['opus', source('opus', false, 48000), 'mp3-320', 'mp3', true, MP3_320],
    ['vorbis', source('vorbis', false), 'mp3-320', 'mp3', true, MP3_320],
    ['pcm_s16le', source('pcm_s16le', true), 'mp3-320', 'mp3', true, MP3_320],
    ['mp3', source('mp3', false), 'mp3-320', 'mp3', false, COPY_MP3],
    [
      'flac 96 kHz',
      source('flac', true, 96000),
      'mp3-v0',
      'mp3',
      true,
      argv('-c:a', 'libmp3lame', '-q:a', '0', '-ar', '48000', '-f', 'mp3'),
    ],
    ['flac', source('flac', true), 'flac', 'flac', false, COPY_FLAC],
    ['alac', source('alac', true), 'flac', 'flac', true, TO_FLAC],
    ['pcm_s24le', source('pcm_s24le', true), 'flac', 'flac', true, TO_FLAC],
    ['ape', source('ape', true), 'flac', 'flac', true, TO_FLAC],
  ])('%s under %s', (_codec, src, policy, extension, reencode, expected) => {
    const plan = planConversion(src, policy);
    expect(plan).toMatchObject({ kind: 'convert', extension, reencode });
    expect(buildFfmpegArgs('in/src', 'out/track.part', plan as ConversionPlan)).toEqual(expected);
  });

  it.each<[string, AudioInfo, OutputPolicy, RegExp]>([
    ['opus', source('opus', false, 48000), 'flac', /^flac from a lossy source would pretend to be lossless/],
    ['aac', source('aac', false), 'flac', /^flac from a lossy source would pretend to be lossless/],
    ['mp3', source('mp3', false), 'flac', /^flac from a lossy source would pretend to be lossless/],
    ['eac3', source('eac3', false), 'original', /^eac3 audio cannot be kept as it is/],
  ])('refuses %s under %s', (_codec, src, policy, reason) => {
    const plan = planConversion(src, policy);
    expect(plan.kind).toBe('refused');
    expect(plan.kind === 'refused' && plan.reason).toMatch(reason);
  });
});

describe('probe and analyse argv', () => {
  it('probes as JSON', () => {
    expect(buildProbeArgs('a b/c.opus')).toEqual([
      '-v',
      'error',
      '-print_format',
      'json',
      '-show_format',
      '-show_streams',
      'a b/c.opus',
    ]);
  });

  it('measures loudness, silence and decode errors in one pass', () => {
    expect(buildAnalyseArgs('x.m4a')).toEqual([
      '-hide_banner',
      '-nostdin',
      '-nostats',
      '-loglevel',
      'level+info',
      '-i',
      'x.m4a',
      '-map',
      '0:a:0',
      '-vn',
      '-af',
      'ebur128=peak=true:framelog=verbose,silencedetect=noise=-60dB:d=0.5',
      '-progress',
      'pipe:1',
      '-f',
      'null',
      '-',
    ]);
  });
});
