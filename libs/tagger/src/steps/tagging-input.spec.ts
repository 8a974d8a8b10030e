import { CandidateStage, type TrackMetadata } from '@app/contracts';
import { type AudioInfo, type KeptSource, PermanentError } from '@app/core';
import type { JobData } from '@app/jobs';
import { taggingInput } from './tagging-input.js';

const MATCHED: TrackMetadata = {
  title: 'Smells Like Teen Spirit',
  artists: ['Nirvana'],
  musicbrainz: { recordingId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7' },
  source: 'musicbrainz',
};

const source = (id: string): KeptSource => ({
  provider: 'youtube',
  id,
  url: `https://www.youtube.com/watch?v=${id}`,
  title: 'Nirvana - Smells Like Teen Spirit',
  kind: 'video',
});
const OPUS: AudioInfo = { codec: 'opus', container: 'ogg', durationMs: 301_000, lossless: false };

const base: JobData = {
  sources: [source('gone'), source('hTWKbfoikeg')],
  sourceIndex: 1,
  audio: { file: '/data/tmp/job-1/audio/track.opus', source: OPUS, output: OPUS, reencoded: false },
  loudness: { integratedLufs: -11.48, truePeakDbfs: -0.1, trackGainDb: -6.52, trackPeak: 0.988553 },
  metadata: MATCHED,
};

describe('taggingInput', () => {
  it('takes the matched metadata, the loudness as ReplayGain and the URL of the source that was used', () => {
    expect(taggingInput(base)).toEqual({
      audioFile: '/data/tmp/job-1/audio/track.opus',
      tags: {
        metadata: MATCHED,
        replayGain: { trackGainDb: -6.52, trackPeak: 0.988553 },
        sourceUrl: 'https://www.youtube.com/watch?v=hTWKbfoikeg',
      },
    });
  });

  it('takes the settled metadata over a bare choice (MATCHING_METADATA enriches what a person chose)', () => {
    const payload = { ...MATCHED, title: 'Smells Like Teen Spirit (Butch Vig mix)', label: 'as found' };
    const data = { ...base, choice: { candidateId: 'c1', index: 2, stage: CandidateStage.Metadata, payload } };
    expect(taggingInput(data).tags.metadata).toEqual(MATCHED);
  });

  it('falls back to the metadata a person chose, without its label, when none was settled', () => {
    const payload = { ...MATCHED, title: 'Smells Like Teen Spirit (Butch Vig mix)', label: 'as found' };
    const choice = { candidateId: 'c1', index: 2, stage: CandidateStage.Metadata, payload };
    const data = { ...base, metadata: undefined, choice };
    const { label: _label, ...chosen } = payload;
    expect(taggingInput(data).tags.metadata).toEqual(chosen);
  });

  it('ignores a choice made at another stage', () => {
    const choice = {
      candidateId: 'c2',
      index: 0,
      stage: CandidateStage.Source,
      payload: { url: 'https://example.org' },
    };
    const data = { ...base, choice };
    expect(taggingInput(data).tags.metadata).toEqual(MATCHED);
  });

  it.each<[string, JobData]>([
    ['no loudness was measured', { loudness: null }],
    [
      'the track is silent',
      { loudness: { integratedLufs: -70, truePeakDbfs: -70, trackGainDb: Infinity, trackPeak: 0 } },
    ],
  ])('writes no ReplayGain when %s', (_name, overrides) => {
    expect(taggingInput({ ...base, ...overrides }).tags.replayGain).toBeUndefined();
  });

  it('has no source URL when the job has no sources', () => {
    const { sources: _sources, ...data } = base;
    expect(taggingInput(data).tags.sourceUrl).toBeUndefined();
  });

  it('gives metadata without MusicBrainz ids an empty set of them', () => {
    const { musicbrainz: _mb, ...bare } = MATCHED;
    // Data stored before every metadata carried its ids: the stored JSON lacks them.
    expect(taggingInput({ ...base, metadata: bare as TrackMetadata }).tags.metadata.musicbrainz).toEqual({});
  });

  it.each<[string, JobData, string]>([
    ['no converted file', { audio: undefined }, 'TAGGING needs the converted audio file, and this job has none'],
    [
      'no metadata',
      { metadata: undefined },
      'TAGGING needs the track metadata (title and artists), and this job has none',
    ],
    [
      'metadata without a title',
      { metadata: { ...MATCHED, title: ' ' } },
      'TAGGING needs the track metadata (title and artists), and this job has none',
    ],
  ])('fails for good with %s', (_name, overrides, message) => {
    expect(() => taggingInput({ ...base, ...overrides })).toThrow(new PermanentError(message));
  });
});
