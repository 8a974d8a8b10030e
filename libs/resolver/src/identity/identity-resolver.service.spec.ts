import { recordedJson } from '../../test/support/recorded-responses.js';
import type { ProviderRecording } from '../providers/provider-models.js';
import type { MetadataProvider, ProviderCapability, RecordingQuery } from '../providers/provider.types.js';
import { mapRecordingSearch } from '../providers/musicbrainz/musicbrainz.mapper.js';
import type { MbRecordingSearch } from '../providers/musicbrainz/musicbrainz.types.js';
import { IdentityResolver } from './identity-resolver.service.js';

/** A metadata provider that answers every search with the same recordings. */
class FixedProvider implements MetadataProvider {
  readonly capabilities: readonly ProviderCapability[] = ['recording-search'];
  readonly queries: RecordingQuery[] = [];

  constructor(
    readonly id: 'musicbrainz' | 'deezer',
    readonly displayName: string,
    private readonly recordings: ProviderRecording[],
  ) {}

  isEnabled = () => true;
  test = async () => ({ ok: true, message: 'fixed', latencyMs: 0 });

  async searchRecordings(query: RecordingQuery): Promise<ProviderRecording[]> {
    this.queries.push(query);
    return this.recordings;
  }
}

const TEEN_SPIRIT = mapRecordingSearch(
  recordedJson<MbRecordingSearch>('musicbrainz/fuzzbin_recording_search_smells_like_teen_spirit_rgid.json'),
);
const NUMB: ProviderRecording[] = [
  { provider: 'deezer', providerId: '3645519', title: 'Numb', artists: ['Linkin Park'], durationMs: 187_000 },
  { provider: 'deezer', providerId: '3645520', title: 'Numb / Encore', artists: ['JAY-Z', 'Linkin Park'] },
];

const resolverOver = (recordings: ProviderRecording[]) =>
  new IdentityResolver([new FixedProvider('musicbrainz', 'MusicBrainz', recordings)]);

describe('IdentityResolver, reading a query without separator', () => {
  it.each([
    ['numb linkin park', NUMB, { title: 'numb', artists: ['linkin park'] }],
    ['linkin park numb', NUMB, { title: 'numb', artists: ['linkin park'] }],
    ['numb linkin', NUMB, { title: 'numb', artists: ['linkin'] }],
  ])('takes the split of %j whose artist the providers credit', async (query, found, target) => {
    expect((await resolverOver(found).resolve(query)).target).toMatchObject(target);
  });

  // Regression: the split that best matched the titles ('smells like teen' by 'spirit') was taken though no
  // provider credits a 'spirit', so every recording of the song scored 0.6 away and the decision was "none".
  it.each([
    ['smells like teen spirit', TEEN_SPIRIT],
    ['teen spirit', TEEN_SPIRIT],
  ])('reads %j as a title when no split names a credited artist', async (query, found) => {
    const resolution = await resolverOver(found).resolve(query);
    expect(resolution.target).toMatchObject({ title: query, artists: [] });
    expect(resolution.ranked[0]?.reasons).not.toContainEqual(expect.stringMatching(/^artist /));
  });

  it('ranks the canonical Nevermind recording first for "smells like teen spirit", unsure without an artist', async () => {
    const { ranked, recommendation } = await resolverOver(TEEN_SPIRIT).resolve('smells like teen spirit');
    expect(ranked[0]?.candidate.providerId).toBe('5fb524f1-8cc8-4c04-a921-e34c0a911ea7');
    expect(recommendation).toMatchObject({
      level: 'medium',
      reason: expect.stringMatching(/no artist to confirm it$/),
    });
  });
});

/** Answers only searches tolerant of typos, as MusicBrainz does for a misspelt fielded phrase. */
class FuzzyOnlyProvider extends FixedProvider {
  override async searchRecordings(query: RecordingQuery): Promise<ProviderRecording[]> {
    const all = await super.searchRecordings(query);
    return query.fuzzy ? all : [];
  }
}

describe('IdentityResolver, a misspelt request', () => {
  it.each([
    ['Nirvana - Smels Like Teen Spirit', "read 'smels' as 'smells'"],
    ['Nirvan - Smells Like Teen Spirit', "read 'nirvan' as 'nirvana'"],
  ])('searches %j again allowing one misspelt letter and says so', async (query, correction) => {
    const provider = new FuzzyOnlyProvider('musicbrainz', 'MusicBrainz', TEEN_SPIRIT);
    const { ranked, recommendation } = await new IdentityResolver([provider]).resolve(query);
    expect(provider.queries.map((q) => q.fuzzy === true)).toEqual([false, true]);
    expect(ranked[0]?.candidate.providerId).toBe('5fb524f1-8cc8-4c04-a921-e34c0a911ea7');
    expect(recommendation.reason).toContain('allowing one misspelt letter per word');
    expect(recommendation.reason).toContain(correction);
  });

  it('does not search again when the words as typed found the song', async () => {
    const provider = new FixedProvider('musicbrainz', 'MusicBrainz', TEEN_SPIRIT);
    await new IdentityResolver([provider]).resolve('Nirvana - Smells Like Teen Spirit');
    expect(provider.queries.filter((q) => q.fuzzy)).toEqual([]);
  });
});
