import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { CandidateStage, JobKind, JobState } from '@app/contracts';
import { AlbumSources, type JobData, type StepContext } from '@app/jobs';
import { type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { IdentityResolver } from '../src/identity/identity-resolver.service.js';
import { MusicBrainzProvider } from '../src/providers/musicbrainz/musicbrainz.provider.js';
import { ExpandAlbumStep } from '../src/steps/expand-album.step.js';
import { ResolveIdentityStep } from '../src/steps/resolve-identity.step.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';

const RELEASE = JSON.parse(
  readFileSync(new URL('./fixtures/musicbrainz/picard_release.json', import.meta.url), 'utf8'),
) as { id: string; 'release-group': { id: string } };
const RELEASE_ID = RELEASE.id;
const GROUP_ID = RELEASE['release-group'].id;

/** A constructed release search answer in ws/2's shape: editions of one album, or of two. */
function searchAnswer(otherGroup: boolean) {
  const credit = [
    { name: 'Pink Floyd', joinphrase: '', artist: { id: '83d91898-7763-47d7-b03b-b92132375c47', name: 'Pink Floyd' } },
  ];
  const edition = (id: string, score: number, date: string, group: string, status = 'Official') => ({
    id,
    score,
    title: 'The Dark Side of the Moon',
    status,
    date,
    country: 'GB',
    'artist-credit': credit,
    'release-group': { id: group, 'primary-type': 'Album' },
    'track-count': 10,
    media: [{ format: 'CD', 'track-count': 10 }],
  });
  return {
    count: 3,
    releases: [
      edition('00000000-0000-4000-8000-000000000001', 100, '1984', GROUP_ID),
      edition(RELEASE_ID, 100, '1973-03-24', GROUP_ID),
      edition(
        '00000000-0000-4000-8000-000000000002',
        otherGroup ? 95 : 40,
        '2003',
        '00000000-0000-4000-8000-0000000000ff',
        'Bootleg',
      ),
    ],
  };
}

const handler =
  (otherGroup = false): FakeHandler =>
  (request) => {
    if (request.path === '/ws/2/release') return { body: searchAnswer(otherGroup) };
    if (request.path === `/ws/2/release/${RELEASE_ID}`) return { body: RELEASE };
    return { status: 404, body: { error: 'Not Found' } };
  };

function context(query: string, data: JobData = {}, parentId: string | null = null): StepContext {
  return {
    job: {
      id: 'job-1',
      kind: JobKind.Album,
      query,
      options: {},
      state: JobState.Expanding,
      data,
      attempt: 1,
      parentId,
    },
    signal: new AbortController().signal,
    logger: new Logger('test'),
    progress: () => undefined,
  };
}

describe('album jobs against a MusicBrainz fake', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;
  let sut: ExpandAlbumStep;
  let musicbrainz: MusicBrainzProvider;

  async function start(serve: FakeHandler) {
    fake = await startFakeHttpServer(serve);
    harness = await providerHarness('musicbrainz', `${fake.url}/ws/2`, { musicbrainzIntervalMs: 0 });
    musicbrainz = new MusicBrainzProvider(harness.config, harness.http);
    sut = new ExpandAlbumStep(musicbrainz, harness.config, new AlbumSources());
  }

  afterEach(async () => {
    await harness?.close();
    await fake?.close();
  });

  it.each([RELEASE_ID, `https://musicbrainz.org/release/${RELEASE_ID}`])(
    'expands %s into one track job per track, each with its recording',
    async (query) => {
      await start(handler());
      const outcome = await sut.run(context(query));
      expect(outcome.next).toBe(JobState.AwaitingChildren);
      expect(outcome.reason).toBe('Release given by id: Pink Floyd - The Dark Side of the Moon, 10 tracks');
      expect(outcome.children).toHaveLength(10);
      expect(outcome.children![0]).toEqual({
        kind: JobKind.Track,
        query: 'Pink Floyd - Speak to Me',
        options: {},
        data: {
          recording: expect.objectContaining({
            mbid: 'bef3fddb-5aca-49f5-b2fd-d56a23268d63',
            title: 'Speak to Me',
            artists: ['Pink Floyd'],
            album: 'The Dark Side of the Moon',
            releaseDate: '1973-03-24',
            extra: { trackNumber: 1, discNumber: 1, releaseId: RELEASE_ID, releaseGroupId: GROUP_ID },
          }),
        },
      });
      expect(outcome.children!.map((c) => c.data!.recording!.extra?.['trackNumber'])).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
      expect(fake.requests.map((r) => r.path)).toEqual([`/ws/2/release/${RELEASE_ID}`]);
    },
  );

  it('searches "Artist - Album" and takes the first official edition when every match is one album', async () => {
    await start(handler());
    const outcome = await sut.run(context('Pink Floyd - The Dark Side of the Moon'));
    expect(outcome.next).toBe(JobState.AwaitingChildren);
    expect(outcome.reason).toMatch(/^Clear match: Pink Floyd - The Dark Side of the Moon \(preferred of 2 editions\)/);
    const search = fake.requests[0]!;
    expect(search.path).toBe('/ws/2/release');
    expect(search.query.get('query')).toBe('release:"The Dark Side of the Moon" AND artist:"Pink Floyd"');
    expect(fake.requests[1]!.path).toBe(`/ws/2/release/${RELEASE_ID}`);
  });

  it('asks a person when different albums match, then expands the release chosen', async () => {
    await start(handler(true));
    const asked = await sut.run(context('Pink Floyd - The Dark Side of the Moon'));
    expect(asked.next).toBe(JobState.UserIntentSelection);
    expect(asked.reason).toBe('Not sure: 2 different albums match; choose the release');
    expect(asked.candidates).toHaveLength(3);
    expect(asked.candidates![0]!.payload).toEqual({
      releaseId: RELEASE_ID,
      title: 'The Dark Side of the Moon',
      artist: 'Pink Floyd',
      date: '1973-03-24',
      country: 'GB',
      trackCount: 10,
      coverUrl: `${harness.config.providers.coverartarchive.baseUrl.replace(/\/+$/, '')}/release/${RELEASE_ID}/front-250`,
      releaseGroupId: GROUP_ID,
    });

    const choice = { candidateId: 'c', index: 0, stage: CandidateStage.Intent, payload: asked.candidates![0]!.payload };
    const expanded = await sut.run(context('Pink Floyd - The Dark Side of the Moon', { choice }));
    expect(expanded.next).toBe(JobState.AwaitingChildren);
    expect(expanded.children).toHaveLength(10);
  });

  it('fails for good on a release MusicBrainz does not know', async () => {
    await start(handler());
    await expect(sut.run(context('00000000-0000-4000-8000-00000000dead'))).rejects.toMatchObject({
      code: 'permanent',
      message: 'MusicBrainz knows no release 00000000-0000-4000-8000-00000000dead',
    });
  });

  it("skips RESOLVING_IDENTITY for an album's track, whose recording is given", async () => {
    await start(handler());
    const tracks = (await sut.run(context(RELEASE_ID))).children!;
    const resolve = new ResolveIdentityStep(new IdentityResolver([musicbrainz]));
    const requests = fake.requests.length;
    const child = tracks[0]!;
    const outcome = await resolve.run({
      ...context(child.query, child.data, 'album-1'),
      job: {
        ...context(child.query, child.data, 'album-1').job,
        kind: JobKind.Track,
        state: JobState.ResolvingIdentity,
      },
    });
    expect(outcome).toMatchObject({
      next: JobState.Searching,
      reason: 'Recording given by the album job album-1',
      data: { recording: { mbid: 'bef3fddb-5aca-49f5-b2fd-d56a23268d63' } },
    });
    expect(fake.requests).toHaveLength(requests);
  });
});
