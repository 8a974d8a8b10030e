import { clock, type VerifyInput, verifyAudio } from './verify-audio.js';

const good = (over: Partial<VerifyInput> = {}): VerifyInput => ({
  measuredDurationMs: 185_000,
  expectedDurationMs: 185_000,
  declaredDurationMs: 185_000,
  silence: { silentMs: 2_000, totalMs: 185_000 },
  decodeErrors: false,
  ...over,
});

describe('verifyAudio', () => {
  it.each<[string, Partial<VerifyInput>]>([
    ['an exact match', {}],
    [
      '3 s short on a short track (the floor)',
      { measuredDurationMs: 97_000, expectedDurationMs: 100_000, declaredDurationMs: 97_000 },
    ],
    [
      '2 % long on a long track',
      {
        measuredDurationMs: 612_000,
        expectedDurationMs: 600_000,
        declaredDurationMs: 612_000,
        silence: { silentMs: 0, totalMs: 612_000 },
      },
    ],
    [
      'no expected duration',
      { expectedDurationMs: undefined, measuredDurationMs: 400_000, declaredDurationMs: 400_000 },
    ],
    ['no declared duration', { declaredDurationMs: undefined }],
    ['a quiet intro and outro (89 %)', { silence: { silentMs: 164_650, totalMs: 185_000 } }],
    ['an mp3 whose container rounds up 1 s', { declaredDurationMs: 186_000 }],
  ])('keeps %s', (_name, over) => {
    expect(verifyAudio(good(over))).toEqual({ ok: true });
  });

  it.each<[string, Partial<VerifyInput>, string[]]>([
    [
      'a short download',
      { measuredDurationMs: 125_000, declaredDurationMs: 125_000 },
      ['duration 2:05 vs expected 3:05 (60 s short)'],
    ],
    [
      'an extended version',
      { measuredDurationMs: 245_400, declaredDurationMs: 245_400, silence: { silentMs: 0, totalMs: 245_400 } },
      ['duration 4:05 vs expected 3:05 (60 s long)'],
    ],
    [
      '3.5 s off on a short track',
      { measuredDurationMs: 96_500, expectedDurationMs: 100_000, declaredDurationMs: 96_500 },
      ['duration 1:37 vs expected 1:40 (4 s short)'],
    ],
    ['silence only', { silence: { silentMs: 181_300, totalMs: 185_000 } }, ['silent for 98 % of the file']],
    ['decode errors', { decodeErrors: true }, ['the file is truncated: decoding stopped with errors']],
    [
      'nothing decodes',
      {
        measuredDurationMs: 0,
        expectedDurationMs: undefined,
        declaredDurationMs: undefined,
        silence: { silentMs: 0, totalMs: 0 },
      },
      ['no audio decodes from the file'],
    ],
    [
      'an mp3 cut in half',
      { measuredDurationMs: 92_500, declaredDurationMs: 185_000, silence: { silentMs: 0, totalMs: 92_500 } },
      ['duration 1:33 vs expected 3:05 (93 s short)', 'the file is truncated: it declares 3:05 but only 1:33 decodes'],
    ],
    [
      'a silent, broken, wrong file',
      {
        measuredDurationMs: 60_000,
        declaredDurationMs: 60_000,
        silence: { silentMs: 60_000, totalMs: 60_000 },
        decodeErrors: true,
      },
      [
        'duration 1:00 vs expected 3:05 (125 s short)',
        'silent for 100 % of the file',
        'the file is truncated: decoding stopped with errors',
      ],
    ],
  ])('rejects %s', (_name, over, reasons) => {
    expect(verifyAudio(good(over))).toEqual({ ok: false, reasons });
  });

  it('takes a custom tolerance', () => {
    const input = good({ measuredDurationMs: 180_000, declaredDurationMs: 180_000 });
    expect(verifyAudio(input)).toEqual({ ok: false, reasons: ['duration 3:00 vs expected 3:05 (5 s short)'] });
    expect(verifyAudio(input, { minMs: 6000 })).toEqual({ ok: true });
  });
});

describe('clock', () => {
  it.each([
    [0, '0:00'],
    [125_000, '2:05'],
    [59_600, '1:00'],
    [3_725_000, '1:02:05'],
  ])('%d ms → %s', (ms, text) => {
    expect(clock(ms)).toBe(text);
  });
});
