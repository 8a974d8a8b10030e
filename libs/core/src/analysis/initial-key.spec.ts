import { initialKeyOf } from './initial-key.js';

describe('initialKeyOf', () => {
  it.each([
    ['C', 'major', 'C'],
    ['A', 'minor', 'Am'],
    ['F#', 'minor', 'F#m'],
    ['Bb', 'major', 'Bb'],
    ['Eb', 'minor', 'Ebm'],
  ] as const)('names %s %s as %s', (key, scale, expected) => {
    expect(initialKeyOf(key, scale)).toBe(expected);
  });

  it.each(['', 'H', 'c', 'C##', 'Bb minor'])('gives nothing for the tonic %j', (key) => {
    expect(initialKeyOf(key, 'major')).toBeUndefined();
  });
});
