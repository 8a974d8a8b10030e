import type { LinkEvidence } from '@app/acquisition';
import { rankScored, type RecordingCandidate, recommend, scoreRecording, targetFromRecording } from '@app/core';
import { TEEN_SPIRIT, otherTakes } from '../../test/support/step-fakes.js';
import type { IdentityResolution, IdentityResolver, ResolveEvidence } from '../identity/identity-resolver.service.js';
import type { MetadataMatcher } from '../metadata/metadata-matcher.service.js';
import { LinkIdentifier } from './link-identifier.service.js';

type Named = Awaited<ReturnType<MetadataMatcher['recordingsOfFingerprint']>>;

const URL = 'http://127.0.0.1:9/files/x.m4a';
const FROM_NAME = { title: 'Smells Like Teen Spirit', artists: ['Nirvana'], from: 'the file name' };
const FROM_TAGS = { ...FROM_NAME, mbid: TEEN_SPIRIT.mbid, from: "the file's tags" };

/** Answers each query with the given candidates, scored and recommended as the real resolver would. */
function resolverAnswering(found: RecordingCandidate[], acoustid: Named = []) {
  const calls: { query: string; evidence: ResolveEvidence }[] = [];
  const fingerprints: unknown[] = [];
  const matcher = {
    recordingsOfFingerprint: async (fingerprint: unknown) => {
      fingerprints.push(fingerprint);
      return acoustid;
    },
  } as unknown as MetadataMatcher;
  const resolver = {
    resolve: async (query: string, _signal: unknown, evidence: ResolveEvidence) => {
      calls.push({ query, evidence });
      const target = { ...targetFromRecording({ ...TEEN_SPIRIT, durationMs: undefined }), ...evidence };
      const ranked = rankScored(found.map((c) => scoreRecording(target, c)));
      return { ranked, recommendation: recommend(ranked) } as unknown as IdentityResolution;
    },
  } as unknown as IdentityResolver;
  return { sut: new LinkIdentifier(resolver, matcher), calls, fingerprints };
}

const evidence = (more: Partial<LinkEvidence>): LinkEvidence => ({ sourceUrl: URL, clues: [], notes: [], ...more });

describe('LinkIdentifier', () => {
  it('knows a link whose fingerprint matches a library track as that track, without asking anyone', async () => {
    const { sut, calls } = resolverAnswering([]);
    const identity = await sut.identify(
      evidence({
        clues: [FROM_NAME],
        durationMs: 301_000,
        sameAudio: {
          path: 'Nirvana/Nevermind/01.opus',
          title: 'Smells Like Teen Spirit',
          artists: ['Nirvana'],
          recordingId: TEEN_SPIRIT.mbid,
          similarity: 0.97,
        },
      }),
    );
    expect(calls).toEqual([]);
    expect(identity).toMatchObject({ sure: true, recording: { provider: 'library', mbid: TEEN_SPIRIT.mbid } });
    expect(identity.reason).toBe(
      "the audio's fingerprint matches 'Smells Like Teen Spirit' by Nirvana in the library (Nirvana/Nevermind/01.opus, similarity 0.97)",
    );
  });

  it('resolves the strongest reading with the measured length and the tags ids as evidence', async () => {
    const { sut, calls } = resolverAnswering([TEEN_SPIRIT, ...otherTakes(3)]);
    const identity = await sut.identify(
      evidence({ clues: [FROM_TAGS, FROM_NAME], durationMs: TEEN_SPIRIT.durationMs }),
    );
    expect(calls[0]).toEqual({
      query: 'Nirvana - Smells Like Teen Spirit',
      evidence: { durationMs: TEEN_SPIRIT.durationMs, mbid: TEEN_SPIRIT.mbid, isrcs: undefined, album: undefined },
    });
    expect(identity).toMatchObject({ sure: true, recording: { mbid: TEEN_SPIRIT.mbid } });
    expect(identity.provenance).toEqual(
      expect.arrayContaining(["title 'Smells Like Teen Spirit' from the file's tags", 'length 5:01 from the download']),
    );
  });

  it('is unsure when nothing matches well: it keeps what was found, and asks', async () => {
    const { sut, calls } = resolverAnswering(otherTakes(3));
    const identity = await sut.identify(evidence({ clues: [FROM_NAME], durationMs: 12_000 }));
    expect(calls).toHaveLength(1);
    expect(identity.sure).toBe(false);
    if (identity.sure) return;
    expect(identity.asFound).toMatchObject({
      provider: 'url',
      providerId: URL,
      title: FROM_NAME.title,
      artists: ['Nirvana'],
      durationMs: 12_000,
    });
    expect(identity.ranked.length).toBeGreaterThan(0);
    expect(identity.reason).toMatch(/^not sure which recording the link is \(from the file name: /);
  });

  it('takes the recording AcoustID confidently names when no reading is a strong match', async () => {
    const named = [{ recording: TEEN_SPIRIT, match: { mbid: TEEN_SPIRIT.mbid!, score: 0.93, acoustId: 'a1' } }];
    const { sut, fingerprints } = resolverAnswering(otherTakes(3), named);
    const fingerprint = { compressed: 'AQAAT0mkRkkS', durationSec: 301 };
    const identity = await sut.identify(evidence({ clues: [FROM_NAME], durationMs: 12_000 }), undefined, fingerprint);
    expect(fingerprints).toEqual([fingerprint]);
    expect(identity).toMatchObject({ sure: true, recording: { mbid: TEEN_SPIRIT.mbid } });
    expect(identity.reason).toBe(
      "AcoustID names 'Smells Like Teen Spirit' by Nirvana for the audio's fingerprint (score 0.93)",
    );
  });

  it('keeps a link without any reading as found, named by its link', async () => {
    const { sut, calls } = resolverAnswering([TEEN_SPIRIT]);
    const identity = await sut.identify(evidence({ sourceUrl: 'http://127.0.0.1:9/files/0001.mp3' }));
    expect(calls).toEqual([]);
    expect(identity).toMatchObject({
      sure: false,
      asFound: { title: '0001', artists: [] },
      reason: 'the link says nothing about the recording (no tags, no title, no known fingerprint)',
    });
  });
});
