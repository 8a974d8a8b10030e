import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError, type RecommendationLevel } from '@app/core';
import {
  FakeIdentityResolver,
  NOBODY_ELSE,
  otherTakes,
  rankedFor,
  stepContext,
  TEEN_SPIRIT,
} from '../../test/support/step-fakes.js';
import type { IdentityResolver } from '../identity/identity-resolver.service.js';
import { INTENT_CANDIDATES_SHOWN, ResolveIdentityStep } from './resolve-identity.step.js';

function setup(answer: ConstructorParameters<typeof FakeIdentityResolver>[0] = {}) {
  const resolver = new FakeIdentityResolver(answer);
  return { resolver, sut: new ResolveIdentityStep(resolver as unknown as IdentityResolver) };
}

const QUERY = 'Nirvana - Smells Like Teen Spirit';
const context = (query = QUERY, ask?: boolean) =>
  stepContext(JobState.ResolvingIdentity, { query, options: ask === undefined ? {} : { ask } });

describe('ResolveIdentityStep', () => {
  it.each([
    'https://www.youtube.com/watch?v=hTWKbfoikeg',
    '  http://music.youtube.com/watch?v=nfyk-V5CoIE ',
    'HTTPS://soundcloud.com/abstrakt/nobody-else',
  ])('takes the URL %j as the source without asking any provider', async (query) => {
    const { sut, resolver } = setup();
    const outcome = await sut.run(context(query));
    expect(outcome).toEqual({
      next: JobState.Searching,
      reason: 'A URL was given: its audio is used as the source, and what it says of itself identifies it',
      data: { sourceUrl: query.trim() },
    });
    expect(resolver.queries).toEqual([]);
  });

  it('keeps what a playlist link job listed for its entry', async () => {
    const { sut, resolver } = setup();
    const url = 'https://soundcloud.com/abstrakt/nobody-else';
    const linkEntry = {
      url,
      title: 'Nobody Else',
      index: 2,
      of: 3,
      playlist: 'https://soundcloud.com/abstrakt/sets/x',
    };
    const ctx = stepContext(JobState.ResolvingIdentity, { query: url, data: { sourceUrl: url, linkEntry } });
    const outcome = await sut.run({ ...ctx, job: { ...ctx.job, parentId: 'parent-1' } });
    expect(outcome).toEqual({
      next: JobState.Searching,
      reason:
        'Entry 2 of 3 of the link job parent-1: its audio is used as the source, and what it says of itself identifies it',
      data: { sourceUrl: url, linkEntry },
    });
    expect(resolver.queries).toEqual([]);
  });

  it.each(['www.youtube.com/watch?v=hTWKbfoikeg', 'https://example.com/a b', 'ftp://example.com/song.mp3'])(
    'resolves %j as words: it is no http(s) URL',
    async (query) => {
      const { sut, resolver } = setup({ ranked: rankedFor(QUERY, [TEEN_SPIRIT]) });
      expect((await sut.run(context(query))).data).not.toHaveProperty('sourceUrl');
      expect(resolver.queries).toEqual([query]);
    },
  );

  it('goes on to SEARCHING with the best recording when the match is strong', async () => {
    const ranked = rankedFor(QUERY, [TEEN_SPIRIT, ...otherTakes(2)]);
    const { sut } = setup({ ranked, level: 'strong' });
    const outcome = await sut.run(context());
    expect(outcome.next).toBe(JobState.Searching);
    expect(outcome.reason).toBe(`Strong match: ${ranked[0]!.label} (strong)`);
    expect(outcome.data).toMatchObject({
      recording: TEEN_SPIRIT,
      identity: { score: ranked[0]!.score, reasons: ranked[0]!.reasons },
      parsed: { artists: ['Nirvana'], title: 'Smells Like Teen Spirit' },
      target: { title: 'Smells Like Teen Spirit', artists: ['Nirvana'] },
      providerFailures: [],
    });
    expect(outcome.candidates?.map((c) => [c.stage, c.provider, c.payload['providerId']])).toEqual(
      ranked.map((s) => [CandidateStage.Intent, 'musicbrainz', s.candidate.providerId]),
    );
    expect(outcome.candidates?.[0]).toMatchObject({
      score: ranked[0]!.score,
      reasons: ranked[0]!.reasons,
      scoreParts: { title: 1, artist: 1 },
      payload: { label: ranked[0]!.label, title: 'Smells Like Teen Spirit' },
    });
  });

  it('waits for a person on a strong match when the request asks to be asked', async () => {
    const { sut } = setup({ ranked: rankedFor(QUERY, [TEEN_SPIRIT]), level: 'strong' });
    const outcome = await sut.run(context(QUERY, true));
    expect(outcome.next).toBe(JobState.UserIntentSelection);
    expect(outcome.reason).toMatch(/^Asked to confirm: 'Smells Like Teen Spirit' by Nirvana/);
    expect(outcome.data).not.toHaveProperty('recording');
    expect(outcome.candidates).toHaveLength(1);
  });

  it('goes on when ask is false', async () => {
    const { sut } = setup({ ranked: rankedFor(QUERY, [TEEN_SPIRIT]), level: 'strong' });
    expect((await sut.run(context(QUERY, false))).next).toBe(JobState.Searching);
  });

  it.each<RecommendationLevel>(['medium', 'low', 'none'])(
    'waits for a person when the decision is only %s, showing the first candidates',
    async (level) => {
      const ranked = rankedFor(QUERY, [TEEN_SPIRIT, ...otherTakes(INTENT_CANDIDATES_SHOWN + 2)]);
      const { sut } = setup({ ranked, level });
      const outcome = await sut.run(context());
      expect(outcome.next).toBe(JobState.UserIntentSelection);
      expect(outcome.reason).toBe(`Not sure (${level}): ${ranked[0]!.label} (${level})`);
      expect(outcome.data).not.toHaveProperty('recording');
      expect(outcome.candidates?.map((c) => c.payload['providerId'])).toEqual(
        ranked.slice(0, INTENT_CANDIDATES_SHOWN).map((s) => s.candidate.providerId),
      );
    },
  );

  it('keeps the failures of the providers that did not answer with the data', async () => {
    const failures = [{ provider: 'MusicBrainz', message: 'http://127.0.0.1:9/ws/2/recording: HTTP 500' }];
    const { sut } = setup({ ranked: rankedFor('Abstrakt - Nobody Else', [NOBODY_ELSE]), failures });
    const outcome = await sut.run(context('Abstrakt - Nobody Else'));
    expect(outcome.next).toBe(JobState.UserIntentSelection);
    expect(outcome.data).toMatchObject({ providerFailures: failures });
    expect(outcome.candidates?.map((c) => c.provider)).toEqual(['deezer']);
  });

  it('fails for good when no provider knows the recording, naming who was asked', async () => {
    const { sut } = setup({ ranked: [], level: 'none', asked: ['MusicBrainz', 'Deezer'] });
    const run = sut.run(context('zzkx qwv'));
    await expect(run).rejects.toBeInstanceOf(PermanentError);
    await expect(run).rejects.toThrow('No recording matches "zzkx qwv" at MusicBrainz, Deezer');
  });

  it('names the providers that failed when the others found nothing', async () => {
    const failures = [
      { provider: 'MusicBrainz', message: 'HTTP 503' },
      { provider: 'iTunes Search', message: 'timed out' },
    ];
    const { sut } = setup({ ranked: [], failures });
    await expect(sut.run(context('zzkx qwv'))).rejects.toThrow(
      'No recording matches "zzkx qwv" at MusicBrainz, iTunes Search, Deezer ' +
        '(MusicBrainz failed: HTTP 503; iTunes Search failed: timed out)',
    );
  });
});
