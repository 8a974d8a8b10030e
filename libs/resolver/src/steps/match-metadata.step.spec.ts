import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError, rankScored, type RecordingCandidate, scoreRecording, targetFromRecording } from '@app/core';
import {
  FakeMetadataMatcher,
  NOBODY_ELSE,
  otherTakes,
  stepContext,
  TEEN_SPIRIT,
} from '../../test/support/step-fakes.js';
import type { MetadataMatch, MetadataMatcher } from '../metadata/metadata-matcher.service.js';
import { metadataFrom } from '../metadata/track-metadata.js';
import type { LinkIdentifier, LinkIdentity } from '../links/link-identifier.service.js';
import { MatchMetadataStep } from './match-metadata.step.js';

/** Answers what a test sets; a link test that sets nothing fails loudly. */
class FakeLinkIdentifier {
  identity?: LinkIdentity;
  asked: unknown[] = [];
  asService(): LinkIdentifier {
    return {
      identify: async (evidence: unknown) => {
        this.asked.push(evidence);
        if (!this.identity) throw new Error('no link identity set');
        return this.identity;
      },
    } as unknown as LinkIdentifier;
  }
}

function setup(match: MetadataMatch, enrichment?: ConstructorParameters<typeof FakeMetadataMatcher>[1]) {
  const matcher = new FakeMetadataMatcher(match, enrichment);
  const links = new FakeLinkIdentifier();
  return { matcher, links, sut: new MatchMetadataStep(matcher as unknown as MetadataMatcher, links.asService()) };
}

const context = (data: Record<string, unknown>) => stepContext(JobState.MatchingMetadata, { data });
const COVER = 'https://coverartarchive.org/release/006cb56d-6eff-4b7d-853f-ecd2db97f3b2/1200.jpg';

/** MusicBrainz recordings as a search for `recording` would score them, closest first. */
const rankedAgainst = (recording: RecordingCandidate, found: RecordingCandidate[]) =>
  rankScored(found.map((c) => scoreRecording(targetFromRecording(recording), c)));

describe('MatchMetadataStep', () => {
  const sure: MetadataMatch = {
    metadata: metadataFrom(TEEN_SPIRIT),
    ranked: [],
    reason: `MusicBrainz recording ${TEEN_SPIRIT.mbid}`,
  };

  it('goes on to TAGGING with the settled metadata, cover included', async () => {
    const { sut, matcher } = setup(sure, { coverUrl: COVER });
    const data = { recording: TEEN_SPIRIT, sources: [{ id: 'hTWKbfoikeg' }], sourceIndex: 0 };
    const outcome = await sut.run(context(data));
    expect(matcher.matched).toEqual([TEEN_SPIRIT]);
    expect(matcher.enriched).toEqual([sure.metadata]);
    expect(outcome).toEqual({
      next: JobState.Tagging,
      reason: 'MusicBrainz recording 5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
      data: { ...data, metadata: { ...sure.metadata, coverUrl: COVER } },
    });
    expect(outcome.data?.['metadata']).toMatchObject({
      title: 'Smells Like Teen Spirit',
      artists: ['Nirvana'],
      album: 'Nevermind',
      isrc: 'USGF19942501',
      trackNumber: 1,
      musicbrainz: {
        recordingId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
        releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
        releaseGroupId: '1b022e01-4da6-387b-8658-8678046e4cef',
      },
      source: 'musicbrainz',
    });
  });

  it('enriches the metadata a person chose and goes on to TAGGING without matching again', async () => {
    const { sut, matcher } = setup(sure, { coverUrl: COVER });
    const chosen = { ...metadataFrom(TEEN_SPIRIT), title: 'Smells Like Teen Spirit (Butch Vig mix)' };
    const choice = { candidateId: 'c2', index: 1, stage: CandidateStage.Metadata, payload: { ...chosen, label: 'x' } };
    const outcome = await sut.run(context({ recording: TEEN_SPIRIT, choice }));
    expect(matcher.matched).toEqual([]);
    expect(matcher.enriched).toEqual([chosen]);
    expect(outcome.next).toBe(JobState.Tagging);
    expect(outcome.reason).toBe('Metadata chosen by a person');
    expect(outcome.data?.['metadata']).toEqual({ ...chosen, coverUrl: COVER });
  });

  it('says in the reason what cover art or lyrics could not be had, and goes on', async () => {
    const notes = ['cover art: HTTP 503', 'lyrics: timed out'];
    const { sut } = setup(sure, { notes });
    const outcome = await sut.run(context({ recording: TEEN_SPIRIT }));
    expect(outcome.next).toBe(JobState.Tagging);
    expect(outcome.reason).toBe(
      'MusicBrainz recording 5fb524f1-8cc8-4c04-a921-e34c0a911ea7 (cover art: HTTP 503; lyrics: timed out)',
    );
  });

  it('asks a person when MusicBrainz is not sure, offering its candidates and then the metadata as found', async () => {
    const found = [{ ...TEEN_SPIRIT, providerId: 'a', album: 'Nevermind (Deluxe)' }, ...otherTakes(1)];
    const ranked = rankedAgainst(TEEN_SPIRIT, found);
    const unsure: MetadataMatch = { ranked, reason: 'MusicBrainz match not sure (medium): two takes' };
    const { sut, matcher } = setup(unsure);
    const recording = { ...TEEN_SPIRIT, provider: 'deezer', providerId: '13791930', mbid: undefined, extra: {} };
    const outcome = await sut.run(context({ recording }));
    expect(matcher.enriched).toEqual([]);
    expect(outcome.next).toBe(JobState.UserMetadataSelection);
    expect(outcome.reason).toBe('MusicBrainz match not sure (medium): two takes');
    expect(outcome.data).toEqual({ recording });
    const candidates = outcome.candidates ?? [];
    expect(candidates.map((c) => [c.stage, c.provider, c.payload['label']])).toEqual([
      [CandidateStage.Metadata, 'musicbrainz', ranked[0]!.label],
      [CandidateStage.Metadata, 'musicbrainz', ranked[1]!.label],
      [CandidateStage.Metadata, 'deezer', 'as found'],
    ]);
    expect(candidates[0]).toMatchObject({
      score: ranked[0]!.score,
      reasons: ranked[0]!.reasons,
      payload: { album: 'Nevermind (Deluxe)', musicbrainz: { recordingId: TEEN_SPIRIT.mbid }, source: 'musicbrainz' },
    });
    expect(candidates.at(-1)).toEqual({
      stage: CandidateStage.Metadata,
      provider: 'deezer',
      score: 0,
      reasons: ['keep the metadata as the source provider gave it'],
      payload: { ...metadataFrom(recording), label: 'as found' },
    });
  });

  it('offers at most 5 MusicBrainz candidates, the metadata as found always last', async () => {
    const ranked = rankedAgainst(NOBODY_ELSE, otherTakes(8, { ...NOBODY_ELSE, provider: 'musicbrainz' }));
    const { sut } = setup({ ranked, reason: 'MusicBrainz match not sure (low): live takes only' });
    const outcome = await sut.run(context({ recording: NOBODY_ELSE }));
    expect(outcome.candidates?.map((c) => c.payload['label'])).toEqual([
      ...ranked.slice(0, 5).map((s) => s.label),
      'as found',
    ]);
  });

  it('asks with only the metadata as found when MusicBrainz found nothing', async () => {
    const { sut } = setup({ ranked: [], reason: 'MusicBrainz match not sure (none): no candidates to choose from' });
    const outcome = await sut.run(context({ recording: NOBODY_ELSE }));
    expect(outcome.next).toBe(JobState.UserMetadataSelection);
    expect(outcome.candidates).toEqual([expect.objectContaining({ provider: 'deezer', score: 0 })]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no recording', { sources: [] }],
    ['a recording without a title', { recording: { ...TEEN_SPIRIT, title: '' } }],
  ])('fails for good on %s', async (_name, data) => {
    const { sut, matcher } = setup(sure);
    await expect(sut.run(context(data))).rejects.toThrow(
      new PermanentError('MATCHING_METADATA needs the recording chosen earlier, and this job has none'),
    );
    expect(matcher.matched).toEqual([]);
  });

  describe('a link, which names no recording', () => {
    const evidence = {
      sourceUrl: 'http://127.0.0.1:9/files/Nirvana%20-%20Smells%20Like%20Teen%20Spirit.m4a',
      clues: [{ title: 'Smells Like Teen Spirit', artists: ['Nirvana'], from: 'the file name' }],
      durationMs: 301_000,
      notes: [],
    };
    const provenance = ["title 'Smells Like Teen Spirit' from the file name", 'length 5:01 from the download'];

    it('matches the recording the download identifies, and says where each fact came from', async () => {
      const { sut, matcher, links } = setup(sure);
      links.identity = { sure: true, recording: TEEN_SPIRIT, reason: 'strong match for the reading', provenance };
      const outcome = await sut.run(context({ sourceUrl: evidence.sourceUrl, linkEvidence: evidence }));
      expect(links.asked).toEqual([evidence]);
      expect(matcher.matched).toEqual([TEEN_SPIRIT]);
      expect(outcome.next).toBe(JobState.Tagging);
      expect(outcome.reason).toBe(
        `Link identified: strong match for the reading (${provenance.join('; ')}); MusicBrainz recording ${TEEN_SPIRIT.mbid}`,
      );
      expect(outcome.data).toMatchObject({ recording: TEEN_SPIRIT, provenance });
    });

    it('asks when unsure: the matched recordings first, then the download kept as found', async () => {
      const { sut, matcher, links } = setup(sure);
      const asFound = {
        provider: 'url',
        providerId: evidence.sourceUrl,
        title: 'Smells Like Teen Spirit',
        artists: ['Nirvana'],
      };
      const ranked = rankedAgainst(asFound, [TEEN_SPIRIT, ...otherTakes(6)]);
      links.identity = { sure: false, asFound, ranked, reason: 'not sure which recording the link is', provenance };
      const outcome = await sut.run(context({ sourceUrl: evidence.sourceUrl, linkEvidence: evidence }));
      expect(matcher.matched).toEqual([]);
      expect(outcome.next).toBe(JobState.UserMetadataSelection);
      expect(outcome.reason).toMatch(/^Link not identified for sure: not sure which recording the link is \(title /);
      expect(outcome.data).toMatchObject({ recording: asFound, provenance });
      const candidates = outcome.candidates ?? [];
      expect(candidates.map((c) => c.payload['title'])).toEqual([
        ...ranked.slice(0, 5).map((r) => r.candidate.title),
        'Smells Like Teen Spirit',
      ]);
      expect(candidates.at(-1)).toMatchObject({ provider: 'url', score: 0, stage: CandidateStage.Metadata });
      expect(candidates.at(-1)?.reasons).toEqual([
        'keep it as found: the tags the download gave itself',
        ...provenance,
      ]);
    });

    it('goes on with what a person chose for the link, as for any job', async () => {
      const { sut, matcher, links } = setup(sure);
      const asFound = {
        provider: 'url',
        providerId: evidence.sourceUrl,
        title: 'Smells Like Teen Spirit',
        artists: ['Nirvana'],
      };
      const chosen = metadataFrom(TEEN_SPIRIT);
      const data = {
        linkEvidence: evidence,
        recording: asFound,
        choice: { stage: CandidateStage.Metadata, payload: chosen },
      };
      const outcome = await sut.run(context(data));
      expect(links.asked).toEqual([]);
      expect(outcome.next).toBe(JobState.Tagging);
      expect(matcher.enriched).toEqual([expect.objectContaining({ title: TEEN_SPIRIT.title })]);
    });
  });
});
