import { parseRawFingerprint, toStoredFingerprint } from './fingerprint.js';

describe('stored fingerprints', () => {
  it('keep the raw words comma-joined and read back to the same words', () => {
    const stored = toStoredFingerprint({
      fingerprint: [1, 4294967295, 558758263],
      compressed: 'AQAA',
      durationSec: 20,
    });
    expect(stored).toEqual({ raw: '1,4294967295,558758263', compressed: 'AQAA', durationSec: 20 });
    expect(parseRawFingerprint(stored.raw)).toEqual([1, 4294967295, 558758263]);
  });

  it('drop what is not a 32-bit unsigned word', () => {
    expect(parseRawFingerprint(' 7, -1, x, 4294967296, , 12 ')).toEqual([7, 12]);
  });
});
