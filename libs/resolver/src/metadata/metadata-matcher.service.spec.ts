import type { RecordingCandidate } from '@app/core';
import type { ProviderRecording } from '../providers/provider-models.js';
import type { MetadataProvider, Provider } from '../providers/provider.types.js';
import { MetadataMatcher } from './metadata-matcher.service.js';

const found: RecordingCandidate = {
  provider: 'deezer',
  providerId: '3135556',
  title: 'Harder, Better, Faster, Stronger',
  artists: ['Daft Punk'],
  album: 'Discovery',
  durationMs: 224_000,
  isrcs: ['GBDUW0000059'],
};

const mbRecording: ProviderRecording = {
  provider: 'musicbrainz',
  providerId: 'b1a9c0e9-d987-4042-ae91-78d6a3267d69',
  mbid: 'b1a9c0e9-d987-4042-ae91-78d6a3267d69',
  title: 'Harder, Better, Faster, Stronger',
  artists: ['Daft Punk'],
  album: 'Discovery',
  durationMs: 224_693,
  isrc: 'GBDUW0000059',
  extra: {
    releaseId: 'r-1',
    releaseGroupId: 'rg-1',
    trackNumber: 4,
    artistIds: ['056e4f3e-d505-4dad-8ec1-d04f521cbb56'],
  },
};

function musicbrainz(
  enabled: boolean,
  answers: { isrc?: ProviderRecording[]; search?: ProviderRecording[]; lookup?: ProviderRecording },
) {
  const calls: string[] = [];
  const provider: MetadataProvider = {
    id: 'musicbrainz',
    displayName: 'MusicBrainz',
    capabilities: ['recording-search', 'isrc-lookup', 'recording-lookup'],
    isEnabled: () => enabled,
    test: async () => ({ ok: true, message: 'ok', latencyMs: 1 }),
    searchRecordings: async () => (calls.push('search'), answers.search ?? []),
    lookupIsrc: async () => (calls.push('isrc'), answers.isrc ?? []),
    lookupRecording: async () => (calls.push('lookup'), answers.lookup),
  };
  return { provider, calls };
}

const sut = (...providers: Provider[]) => new MetadataMatcher(providers);

describe('MetadataMatcher', () => {
  it('keeps the metadata as found when MusicBrainz is off', async () => {
    const { provider, calls } = musicbrainz(false, {});
    const match = await sut(provider).match(found);
    expect(match.metadata).toMatchObject({ title: found.title, isrc: 'GBDUW0000059', source: 'deezer' });
    expect(match.reason).toBe('MusicBrainz is off: metadata as deezer gave it');
    expect(calls).toEqual([]);
  });

  it('looks a MusicBrainz recording up by its id', async () => {
    const { provider, calls } = musicbrainz(true, { lookup: mbRecording });
    const match = await sut(provider).match({ ...found, mbid: mbRecording.mbid });
    expect(calls).toEqual(['lookup']);
    expect(match.metadata?.musicbrainz).toEqual({
      recordingId: mbRecording.mbid,
      releaseId: 'r-1',
      releaseGroupId: 'rg-1',
      artistIds: ['056e4f3e-d505-4dad-8ec1-d04f521cbb56'],
    });
    expect(match.metadata?.trackNumber).toBe(4);
  });

  it('settles on the MusicBrainz recording behind the ISRC when it matches clearly', async () => {
    const { provider, calls } = musicbrainz(true, { isrc: [mbRecording] });
    const match = await sut(provider).match(found);
    expect(calls).toEqual(['isrc']);
    expect(match.metadata?.musicbrainz.recordingId).toBe(mbRecording.mbid);
    expect(match.reason).toMatch(/^MusicBrainz match: /);
  });

  it('goes on with the metadata as found when MusicBrainz knows nothing like it', async () => {
    const { provider } = musicbrainz(true, { isrc: [] });
    const match = await sut(provider).match(found);
    expect(match.metadata).toMatchObject({ title: found.title, source: 'deezer' });
    expect(match.reason).toBe('MusicBrainz knows no recording like it: metadata as deezer gave it');
  });

  it('leaves the choice to a person when two recordings share the ISRC', async () => {
    const remaster = {
      ...mbRecording,
      providerId: 'other',
      mbid: 'other',
      title: 'Harder, Better, Faster, Stronger (2021 remaster)',
    };
    const { provider } = musicbrainz(true, {
      isrc: [mbRecording, { ...mbRecording, providerId: 'x2', mbid: 'x2' }, remaster],
    });
    const match = await sut(provider).match(found);
    expect(match.metadata).toBeUndefined();
    expect(match.ranked.length).toBe(3);
    expect(match.reason).toMatch(/^MusicBrainz match not sure/);
  });

  describe('a track of a requested release (an album job)', () => {
    const compilationTrack: RecordingCandidate = {
      provider: 'musicbrainz',
      providerId: mbRecording.mbid!,
      mbid: mbRecording.mbid,
      title: 'Harder, Better, Faster, Stronger',
      artists: ['Daft Punk'],
      album: 'Now Dance 2002',
      releaseDate: '2001-11-19',
      extra: { releaseId: 'compilation-1', releaseGroupId: 'compilation-rg', trackNumber: 12, discNumber: 2 },
    };

    it('is tagged on the requested compilation, not on the release the lookup names', async () => {
      const { provider } = musicbrainz(true, { lookup: mbRecording });
      const { metadata } = await sut(provider).match(compilationTrack);
      expect(metadata).toMatchObject({
        album: 'Now Dance 2002',
        releaseDate: '2001-11-19',
        trackNumber: 12,
        discNumber: 2,
        isrc: 'GBDUW0000059',
      });
      expect(metadata?.musicbrainz).toEqual({
        recordingId: mbRecording.mbid,
        releaseId: 'compilation-1',
        releaseGroupId: 'compilation-rg',
        artistIds: ['056e4f3e-d505-4dad-8ec1-d04f521cbb56'],
      });
    });
  });
});
