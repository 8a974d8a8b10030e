import { flattenTags } from './track-detail.component';

describe('flattenTags', () => {
  it('flattens nested tags, joins lists and leaves out empty values', () => {
    expect(
      flattenTags({
        metadata: { title: 'Numb', artists: ['Linkin Park'], musicbrainz: { recordingId: 'r1' }, album: '' },
        replayGain: null,
        sourceUrl: 'https://example.org/x',
      }),
    ).toEqual([
      { key: 'metadata.title', value: 'Numb' },
      { key: 'metadata.artists', value: 'Linkin Park' },
      { key: 'metadata.musicbrainz.recordingId', value: 'r1' },
      { key: 'sourceUrl', value: 'https://example.org/x' },
    ]);
    expect(flattenTags(null)).toEqual([]);
  });
});
