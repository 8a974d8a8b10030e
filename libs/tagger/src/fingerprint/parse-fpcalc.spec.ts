import { PermanentError } from '@app/core';
import { parseFpcalcJson } from './parse-fpcalc.js';

// Printed by fpcalc 1.5.1 for a 20 s file (fingerprints shortened).
const RAW = '{"duration": 20.04, "fingerprint": [558758263,558758263,4294967295,0]}';
const COMPRESSED = '{"duration": 20.00, "fingerprint": "AQAAjEmUaEkSZSoAAAAAAAAAAAAAAAAA"}';

describe('parseFpcalcJson', () => {
  it('reads the raw words and rounds the duration to whole seconds', () => {
    expect(parseFpcalcJson(RAW, 'raw')).toEqual({
      durationSec: 20,
      fingerprint: [558758263, 558758263, 4294967295, 0],
    });
  });

  it('reads the compressed fingerprint', () => {
    expect(parseFpcalcJson(`${COMPRESSED}\n`, 'compressed')).toEqual({
      durationSec: 20,
      fingerprint: 'AQAAjEmUaEkSZSoAAAAAAAAAAAAAAAAA',
    });
  });

  it.each<[string, string, 'raw' | 'compressed', string]>([
    ['nothing', '', 'raw', 'fpcalc printed no fingerprint'],
    ['text instead of JSON', 'DURATION=20\nFINGERPRINT=AQAA', 'compressed', 'fpcalc printed something other than JSON'],
    ['no duration', '{"fingerprint": "AQAA"}', 'compressed', 'fpcalc reports no duration'],
    ['a compressed form where raw words were asked for', COMPRESSED, 'raw', 'fpcalc printed no raw fingerprint'],
    [
      'raw words where the compressed form was asked for',
      RAW,
      'compressed',
      'fpcalc printed no compressed fingerprint',
    ],
    ['signed words', '{"duration": 3, "fingerprint": [-1, 2]}', 'raw', 'fpcalc printed no raw fingerprint'],
    ['an empty fingerprint', '{"duration": 3, "fingerprint": []}', 'raw', 'fpcalc printed no raw fingerprint'],
  ])('refuses %s', (_case, stdout, form, message) => {
    expect(() => parseFpcalcJson(stdout, form as 'raw')).toThrow(PermanentError);
    expect(() => parseFpcalcJson(stdout, form as 'raw')).toThrow(message);
  });
});
