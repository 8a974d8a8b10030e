// AcoustID over HTTP against a loopback fake, and the MATCHING_METADATA step holding the fingerprint's
// AcoustID recordings against the MusicBrainz match (MusicBrainz on the same fake).
import { readFileSync } from 'node:fs';
import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import { type FakeHandler, type FakeHttpServer, type FakeRequest, startFakeHttpServer } from '@app/testing';
import { IdentityResolver } from '../src/identity/identity-resolver.service.js';
import { LinkIdentifier } from '../src/links/link-identifier.service.js';
import { MetadataMatcher } from '../src/metadata/metadata-matcher.service.js';
import { AcoustidProvider } from '../src/providers/acoustid/acoustid.provider.js';
import { MusicBrainzProvider } from '../src/providers/musicbrainz/musicbrainz.provider.js';
import { MatchMetadataStep } from '../src/steps/match-metadata.step.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';
import { stepContext, TEEN_SPIRIT } from './support/step-fakes.js';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));

const FOCUS = fixture('acoustid/picard_acoustid_no_metadata.json');
const SAYS_THINKING_OUT_LOUD = fixture('acoustid/lookup_constructed_thinking_out_loud.json');
const SAYS_TEEN_SPIRIT = fixture('acoustid/lookup_constructed_teen_spirit.json');
const INVALID_KEY = { status: 400, body: fixture('acoustid/error_constructed_invalid_key.json') };
const MB_RECORDINGS: Record<string, unknown> = {
  [TEEN_SPIRIT.mbid!]: fixture('musicbrainz/fuzzbin_recording_lookup_5fb524f1_smells_like_teen_spirit.json'),
  'cb2cc207-8125-445c-9ef9-6ea44eee959a': fixture('musicbrainz/picard_recording.json'),
};
const KEY = 'tt-test-application-key';
const FINGERPRINT = { raw: '1,2,3', compressed: 'AQAAjEmUaEkSZSoAAAAAAAAAAAAAAAAA', durationSec: 301 };

/** MusicBrainz recording lookups under /ws/2, AcoustID under /v2 answered by `acoustid`. */
function services(acoustid: FakeHandler): FakeHandler {
  return (request) => {
    if (request.path.startsWith('/v2/')) return acoustid(request);
    const mbid = /^\/ws\/2\/recording\/([0-9a-f-]+)$/.exec(request.path)?.[1];
    const recording = mbid && MB_RECORDINGS[mbid];
    return recording ? { body: recording } : { status: 404, body: { error: 'Not Found' } };
  };
}

const form = (request: FakeRequest) => Object.fromEntries(new URLSearchParams(request.body));

describe('AcoustID', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;

  async function start(acoustid: FakeHandler, key: string | null = KEY) {
    fake = await startFakeHttpServer(services(acoustid));
    harness = await providerHarness('acoustid', `${fake.url}/v2`, {
      acoustidApiKey: key ?? undefined,
      musicbrainz: { baseUrl: `${fake.url}/ws/2`, enabled: true },
    });
    const acoustidProvider = new AcoustidProvider(harness.config, harness.http);
    const matcher = new MetadataMatcher([new MusicBrainzProvider(harness.config, harness.http), acoustidProvider]);
    const links = new LinkIdentifier(new IdentityResolver([]), matcher);
    return { acoustid: acoustidProvider, step: new MatchMetadataStep(matcher, links) };
  }

  const acoustidRequests = () => fake.requests.filter((r) => r.path.startsWith('/v2/'));

  afterEach(async () => {
    await harness?.close();
    await fake?.close();
  });

  describe('AcoustidProvider over HTTP', () => {
    it('posts the compressed fingerprint with the key, the whole-second length and meta=recordings', async () => {
      const { acoustid } = await start(() => ({ body: FOCUS }));

      const matches = await acoustid.lookup('AQAAjEmUaEkS', 200.4);

      expect(matches.map((m) => [m.mbid, m.title, m.score])).toEqual([
        ['308d6e5a-52ff-41ca-aae8-7881e92472be', 'Hocus Pocus', 0.946796],
        ['8855169b-b148-4896-9ed3-a1065dc60cf4', undefined, 0.946796],
        ['af578913-c456-4d27-bb69-612c8cea0799', 'Hocus Pocus', 0.946796],
      ]);
      const [request] = fake.requests;
      expect(request).toMatchObject({ method: 'POST', path: '/v2/lookup', url: '/v2/lookup' });
      expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
      expect(form(request!)).toEqual({
        client: KEY,
        format: 'json',
        meta: 'recordings',
        duration: '200',
        fingerprint: 'AQAAjEmUaEkS',
      });
    });

    it.each<[string, FakeHandler, RegExp]>([
      ['an error body', () => INVALID_KEY, /HTTP 400$/],
      [
        'an answer that is not ok',
        () => ({ body: { status: 'error', error: { code: 3, message: 'invalid fingerprint' } } }),
        /^AcoustID lookup failed: invalid fingerprint \(code 3\)$/,
      ],
    ])('fails for good on %s', async (_case, handler, message) => {
      const { acoustid } = await start(handler);
      const error = await acoustid.lookup('AQAA', 10).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermanentError);
      expect((error as Error).message).toMatch(message);
    });

    it('is on only with a key', async () => {
      const { acoustid } = await start(() => ({ body: FOCUS }), null);
      expect(acoustid.isEnabled()).toBe(false);
      await expect(acoustid.test()).resolves.toMatchObject({
        ok: false,
        message: `AcoustID at ${fake.url}/v2 is not asked: ACOUSTID_API_KEY is not set`,
      });
      expect(fake.requests).toEqual([]);
    });

    it('tests the key with a track lookup', async () => {
      const { acoustid } = await start(() => ({ body: { status: 'ok', results: [] } }));
      expect(acoustid.isEnabled()).toBe(true);
      const result = await acoustid.test();
      expect(result).toMatchObject({ ok: true });
      expect(result.message).toMatch(/^AcoustID at http:\/\/127\.0\.0\.1:\d+\/v2 answered in \d+ ms$/);
      expect(form(fake.requests[0]!)).toEqual({
        client: KEY,
        format: 'json',
        trackid: '38338eff-b530-498c-a2ef-07e01d642187',
      });
    });

    it('says to check the key when AcoustID refuses it', async () => {
      const { acoustid } = await start(() => INVALID_KEY);
      await expect(acoustid.test()).resolves.toMatchObject({
        ok: false,
        message: expect.stringMatching(/^AcoustID at \S+ failed: HTTP 400; check ACOUSTID_API_KEY$/),
      });
    });
  });

  describe('MATCHING_METADATA with a fingerprint', () => {
    const context = (data: Record<string, unknown>) => stepContext(JobState.MatchingMetadata, { data });

    it('identifies a link that says nothing else about itself by the recording AcoustID names', async () => {
      const { step } = await start(() => ({ body: SAYS_TEEN_SPIRIT }));
      const linkEvidence = {
        sourceUrl: 'http://127.0.0.1:9/files/0001.mp3',
        clues: [],
        durationMs: 301_000,
        notes: [],
      };

      const outcome = await step.run(context({ linkEvidence, fingerprint: FINGERPRINT }));

      expect(outcome.next).toBe(JobState.Tagging);
      expect(outcome.reason).toMatch(
        /^Link identified: AcoustID names 'Smells Like Teen Spirit' by Nirvana for the audio's fingerprint \(score /,
      );
      expect(outcome.data?.['metadata']).toMatchObject({ musicbrainz: { recordingId: TEEN_SPIRIT.mbid } });
      expect(acoustidRequests()).toHaveLength(2);
    });

    it('goes on to TAGGING and notes it when AcoustID names the matched recording', async () => {
      const { step } = await start(() => ({ body: SAYS_TEEN_SPIRIT }));

      const outcome = await step.run(context({ recording: TEEN_SPIRIT, fingerprint: FINGERPRINT }));

      expect(outcome.next).toBe(JobState.Tagging);
      expect(outcome.reason).toBe(`MusicBrainz recording ${TEEN_SPIRIT.mbid} (AcoustID agrees (score 0.97))`);
      expect(form(acoustidRequests()[0]!)).toMatchObject({ fingerprint: FINGERPRINT.compressed, duration: '301' });
    });

    it('asks a person when AcoustID confidently names another recording, offering it as MusicBrainz knows it', async () => {
      const { step } = await start(() => ({ body: SAYS_THINKING_OUT_LOUD }));
      const data = { recording: TEEN_SPIRIT, fingerprint: FINGERPRINT };

      const outcome = await step.run(context(data));

      expect(outcome.next).toBe(JobState.UserMetadataSelection);
      expect(outcome.reason).toBe(
        `MusicBrainz recording ${TEEN_SPIRIT.mbid}, but AcoustID names 'Thinking Out Loud' by Ed Sheeran ` +
          `(cb2cc207-8125-445c-9ef9-6ea44eee959a, score 0.93), not the matched recording ${TEEN_SPIRIT.mbid}`,
      );
      expect(outcome.data).toEqual(data);
      expect(outcome.candidates?.map((c) => [c.stage, c.provider, c.payload['label']])).toEqual([
        [CandidateStage.Metadata, 'acoustid', "'Thinking Out Loud' by Ed Sheeran (AcoustID)"],
        [CandidateStage.Metadata, 'musicbrainz', "'Smells Like Teen Spirit' by Nirvana (MusicBrainz match)"],
        [CandidateStage.Metadata, 'musicbrainz', 'as found'],
      ]);
      expect(outcome.candidates?.[0]).toMatchObject({
        score: 0.931245,
        payload: { title: 'Thinking Out Loud', musicbrainz: { recordingId: 'cb2cc207-8125-445c-9ef9-6ea44eee959a' } },
      });
      expect(fake.requests.map((r) => r.path)).toContain('/ws/2/recording/cb2cc207-8125-445c-9ef9-6ea44eee959a');
    });

    it('asks with the reason alone when MusicBrainz cannot look up what AcoustID names', async () => {
      const { step } = await start(() => ({ body: FOCUS }));

      const outcome = await step.run(context({ recording: TEEN_SPIRIT, fingerprint: FINGERPRINT }));

      expect(outcome.next).toBe(JobState.UserMetadataSelection);
      expect(outcome.reason).toMatch(
        /but AcoustID names 'Hocus Pocus' by Focus \(308d6e5a-\S+, score 0\.95\) and 2 more,/,
      );
      expect(outcome.candidates?.map((c) => c.payload['label'])).toEqual([
        "'Smells Like Teen Spirit' by Nirvana (MusicBrainz match)",
        'as found',
      ]);
    });

    it('notes an AcoustID failure and goes on', async () => {
      const { step } = await start(() => INVALID_KEY);

      const outcome = await step.run(context({ recording: TEEN_SPIRIT, fingerprint: FINGERPRINT }));

      expect(outcome.next).toBe(JobState.Tagging);
      expect(outcome.reason).toMatch(
        new RegExp(
          `^MusicBrainz recording ${TEEN_SPIRIT.mbid} \\(AcoustID could not be asked: \\S+/v2/lookup: HTTP 400\\)$`,
        ),
      );
    });

    it('does not ask AcoustID without a fingerprint, or without a key', async () => {
      const first = await start(() => ({ body: SAYS_THINKING_OUT_LOUD }));
      expect((await first.step.run(context({ recording: TEEN_SPIRIT }))).next).toBe(JobState.Tagging);
      expect(acoustidRequests()).toEqual([]);
      await harness.close();
      await fake.close();

      const keyless = await start(() => ({ body: SAYS_THINKING_OUT_LOUD }), null);
      const outcome = await keyless.step.run(context({ recording: TEEN_SPIRIT, fingerprint: FINGERPRINT }));
      expect(outcome).toMatchObject({ next: JobState.Tagging, reason: `MusicBrainz recording ${TEEN_SPIRIT.mbid}` });
      expect(acoustidRequests()).toEqual([]);
    });
  });
});
