import { PermanentError } from '@app/core';
import type { ProviderTestResult } from '../providers/provider.types.js';
import type { FingerprintMatch, FingerprintProvider } from '../providers/acoustid/acoustid.types.js';
import { checkFingerprint, describeMatch } from './fingerprint-check.js';

const TEEN_SPIRIT = '5fb524f1-8cc8-4c04-a921-e34c0a911ea7';
const HOCUS_POCUS: FingerprintMatch = {
  mbid: '308d6e5a-52ff-41ca-aae8-7881e92472be',
  score: 0.946796,
  acoustId: '38338eff-b530-498c-a2ef-07e01d642187',
  title: 'Hocus Pocus',
  artists: ['Focus'],
};
const FINGERPRINT = { compressed: 'AQAAjEmUaEkS', durationSec: 200 };

function acoustid(answer: FingerprintMatch[] | Error) {
  const calls: [string, number][] = [];
  const provider: FingerprintProvider = {
    id: 'acoustid',
    displayName: 'AcoustID',
    capabilities: ['recording-lookup'],
    isEnabled: () => true,
    test: async () => ({}) as ProviderTestResult,
    lookup: async (fingerprint, durationSec) => {
      calls.push([fingerprint, durationSec]);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { provider, calls };
}

describe('checkFingerprint', () => {
  it('agrees when AcoustID confidently names the matched recording', async () => {
    const { provider, calls } = acoustid([HOCUS_POCUS, { ...HOCUS_POCUS, mbid: TEEN_SPIRIT, score: 0.81 }]);
    expect(await checkFingerprint(provider, FINGERPRINT, TEEN_SPIRIT)).toEqual({
      verdict: 'agrees',
      note: 'AcoustID agrees (score 0.81)',
    });
    expect(calls).toEqual([['AQAAjEmUaEkS', 200]]);
  });

  it('disagrees when AcoustID confidently names only other recordings', async () => {
    const other = { ...HOCUS_POCUS, mbid: 'af578913-c456-4d27-bb69-612c8cea0799' };
    const weak = { ...HOCUS_POCUS, mbid: TEEN_SPIRIT, score: 0.79 };
    const { provider } = acoustid([HOCUS_POCUS, other, weak]);
    expect(await checkFingerprint(provider, FINGERPRINT, TEEN_SPIRIT)).toEqual({
      verdict: 'disagrees',
      note:
        "AcoustID names 'Hocus Pocus' by Focus (308d6e5a-52ff-41ca-aae8-7881e92472be, score 0.95) and 1 more, " +
        `not the matched recording ${TEEN_SPIRIT}`,
      named: [HOCUS_POCUS, other],
    });
  });

  it.each<[string, FingerprintMatch[], string | undefined, string]>([
    ['nothing is known', [], TEEN_SPIRIT, 'AcoustID does not know the audio'],
    [
      'no score reaches 0.8',
      [{ ...HOCUS_POCUS, score: 0.62 }],
      TEEN_SPIRIT,
      'AcoustID is not sure what the audio is (best score 0.62)',
    ],
    [
      'there is no matched recording to hold it against',
      [HOCUS_POCUS],
      undefined,
      "AcoustID names 'Hocus Pocus' by Focus (308d6e5a-52ff-41ca-aae8-7881e92472be, score 0.95)",
    ],
  ])('only notes it when %s', async (_case, answer, matched, note) => {
    const { provider } = acoustid(answer);
    expect(await checkFingerprint(provider, FINGERPRINT, matched)).toEqual({ verdict: 'silent', note });
  });

  it('turns a provider error into a note', async () => {
    const { provider } = acoustid(new PermanentError('AcoustID lookup failed: invalid API key (code 4)'));
    expect(await checkFingerprint(provider, FINGERPRINT, TEEN_SPIRIT)).toEqual({
      verdict: 'failed',
      note: 'AcoustID could not be asked: AcoustID lookup failed: invalid API key (code 4)',
    });
  });

  it('passes an abort on', async () => {
    const controller = new AbortController();
    controller.abort(new Error('The job was cancelled'));
    const { provider } = acoustid(new Error('The job was cancelled'));
    await expect(checkFingerprint(provider, FINGERPRINT, TEEN_SPIRIT, controller.signal)).rejects.toThrow(
      'The job was cancelled',
    );
  });
});

describe('describeMatch', () => {
  it.each<[FingerprintMatch, string]>([
    [HOCUS_POCUS, "'Hocus Pocus' by Focus (308d6e5a-52ff-41ca-aae8-7881e92472be, score 0.95)"],
    [{ mbid: 'x', score: 1, acoustId: 't', title: 'Untitled' }, "'Untitled' (x, score 1.00)"],
    [{ mbid: 'x', score: 0.8, acoustId: 't' }, '(x, score 0.80)'],
  ])('%j', (match, text) => {
    expect(describeMatch(match)).toBe(text);
  });
});
