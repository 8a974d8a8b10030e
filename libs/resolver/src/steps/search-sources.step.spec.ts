import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError, type SourceCandidate } from '@app/core';
import { FakeSourceFinder, NOBODY_ELSE, songOf, stepContext, TEEN_SPIRIT } from '../../test/support/step-fakes.js';
import type { SourceFinder } from '../sources/source-finder.service.js';
import { SearchSourcesStep, SOURCES_KEPT } from './search-sources.step.js';

function setup(sources: SourceCandidate[], failures: { provider: string; message: string }[] = []) {
  const finder = new FakeSourceFinder(sources, failures);
  return { finder, sut: new SearchSourcesStep(finder as unknown as SourceFinder) };
}

const context = (data: Record<string, unknown>) => stepContext(JobState.Searching, { data });

/** The official video: same song, a video on the artist's channel, a few seconds longer. */
const VIDEO: SourceCandidate = {
  provider: 'youtube_music',
  id: 'hTWKbfoikeg',
  url: 'https://music.youtube.com/watch?v=hTWKbfoikeg',
  title: 'Nirvana - Smells Like Teen Spirit (Official Music Video)',
  channel: 'Nirvana',
  isOfficialArtistChannel: true,
  durationMs: 279_000,
  kind: 'video',
};

/** Uploads nobody should download for the album track. */
const JUNK: SourceCandidate[] = [
  { ...VIDEO, id: 'junk-loop', title: 'Smells Like Teen Spirit 1 hour loop', channel: 'Loops', durationMs: 3_600_000 },
  { ...VIDEO, id: 'junk-other', title: 'Come As You Are', channel: 'Nirvana', durationMs: 219_000 },
];

describe('SearchSourcesStep', () => {
  it('downloads the URL the request gave, without searching', async () => {
    const { sut, finder } = setup([]);
    const url = 'https://www.youtube.com/watch?v=hTWKbfoikeg';
    const outcome = await sut.run(context({ sourceUrl: url }));
    expect(outcome).toEqual({
      next: JobState.Downloading,
      reason: 'Downloading the given URL',
      data: {
        sourceUrl: url,
        sources: [{ provider: 'url', id: url, url, title: url, kind: 'unknown' }],
        sourceIndex: 0,
      },
    });
    expect(finder.recordings).toEqual([]);
  });

  it('ranks the sources of the recording the resolver chose, best first, with scores and reasons', async () => {
    const song = songOf(TEEN_SPIRIT, 'teen-spirit-song');
    const { sut, finder } = setup([VIDEO, ...JUNK, song], [{ provider: 'YouTube', message: 'HTTP 429' }]);
    const outcome = await sut.run(context({ recording: TEEN_SPIRIT, providerFailures: [] }));
    expect(finder.recordings).toEqual([TEEN_SPIRIT]);
    expect(outcome.next).toBe(JobState.Downloading);
    expect(outcome.reason).toMatch(
      /^Best source: 'Smells Like Teen Spirit' on Nirvana \(youtube_music teen-spirit-song\) \(score 1\); 2 kept to fall back on$/,
    );
    expect(outcome.data).toMatchObject({
      recording: TEEN_SPIRIT,
      providerFailures: [],
      sourceIndex: 0,
      sourceFailures: [{ provider: 'YouTube', message: 'HTTP 429' }],
    });
    const sources = outcome.data?.['sources'] as (SourceCandidate & { score: number; reasons: string[] })[];
    expect(sources.map((s) => s.id)).toEqual(['teen-spirit-song', 'hTWKbfoikeg']);
    expect(sources[1]).toMatchObject({ url: VIDEO.url, score: expect.any(Number), reasons: expect.any(Array) });
    expect(sources[1]!.score).toBeLessThan(1);
    expect(outcome.candidates?.map((c) => [c.stage, c.provider, c.payload['id']])).toEqual([
      [CandidateStage.Source, 'youtube_music', 'teen-spirit-song'],
      [CandidateStage.Source, 'youtube_music', 'hTWKbfoikeg'],
      [CandidateStage.Source, 'youtube_music', expect.stringMatching(/^junk-/)],
      [CandidateStage.Source, 'youtube_music', expect.stringMatching(/^junk-/)],
    ]);
  });

  it("searches for the recording a person chose over the resolver's", async () => {
    const { sut, finder } = setup([songOf(NOBODY_ELSE, 'nfyk-V5CoIE')]);
    const choice = { candidateId: 'c-2', index: 2, stage: CandidateStage.Intent, payload: NOBODY_ELSE };
    const outcome = await sut.run(context({ recording: TEEN_SPIRIT, choice }));
    expect(finder.recordings).toEqual([NOBODY_ELSE]);
    expect(outcome.data).toMatchObject({ recording: NOBODY_ELSE, choice, sources: [{ id: 'nfyk-V5CoIE' }] });
  });

  it(`keeps the best ${SOURCES_KEPT} sources to fall back on and shows 10`, async () => {
    const songs = Array.from({ length: 12 }, (_, i) =>
      songOf(TEEN_SPIRIT, `song-${i}`, { durationMs: 301_000 + i * 1000 }),
    );
    const { sut } = setup(songs);
    const outcome = await sut.run(context({ recording: TEEN_SPIRIT }));
    expect((outcome.data?.['sources'] as unknown[]).length).toBe(SOURCES_KEPT);
    expect(outcome.reason).toMatch(/; 5 kept to fall back on$/);
    expect(outcome.candidates).toHaveLength(10);
  });

  it('fails for good when no source is close enough, naming the closest and why', async () => {
    const { sut } = setup(JUNK);
    const run = sut.run(context({ recording: TEEN_SPIRIT }));
    await expect(run).rejects.toBeInstanceOf(PermanentError);
    await expect(run).rejects.toThrow(
      /^No audio source at YouTube Music is close enough to 'Smells Like Teen Spirit' by Nirvana; the closest, '.*' on .*: .+/,
    );
  });

  it('fails for good when the search found nothing at all', async () => {
    const { sut } = setup([]);
    await expect(sut.run(context({ recording: NOBODY_ELSE }))).rejects.toThrow(
      new PermanentError("No audio source at YouTube Music is close enough to 'Nobody Else' by Abstrakt"),
    );
  });

  it.each<[string, Record<string, unknown>]>([
    ['no recording', {}],
    ['a recording without a title', { recording: { ...TEEN_SPIRIT, title: '' } }],
    ['a recording without artists', { recording: { ...TEEN_SPIRIT, artists: 'Nirvana' } }],
    ['a choice without a payload', { choice: { index: 0 } }],
  ])('fails for good on %s', async (_name, data) => {
    const { sut, finder } = setup([VIDEO]);
    await expect(sut.run(context(data))).rejects.toThrow(
      new PermanentError('SEARCHING needs a chosen recording, and this job has none'),
    );
    expect(finder.recordings).toEqual([]);
  });
});
