import { contentRange, parseByteRange } from './byte-range.js';

const SIZE = 1000;

describe('parseByteRange', () => {
  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=100-', 100, 999],
    ['bytes=-100', 900, 999],
    ['bytes=-5000', 0, 999],
    ['bytes=990-5000', 990, 999],
    ['bytes=999-999', 999, 999],
    ['BYTES=0-0', 0, 0],
    ['bytes= 5-9 ', 5, 9],
  ])('reads %j as bytes %i to %i', (header, start, end) => {
    expect(parseByteRange(header, SIZE)).toEqual({ kind: 'partial', start, end });
  });

  it.each([['bytes=1000-'], ['bytes=1000-1001'], ['bytes=5000-'], ['bytes=-0']])(
    'cannot satisfy %j for a file of 1000 bytes',
    (header) => {
      expect(parseByteRange(header, SIZE)).toEqual({ kind: 'unsatisfiable' });
    },
  );

  it.each([
    [undefined],
    [''],
    ['bytes=5-2'],
    ['bytes=0-1,5-6'],
    ['bytes=-'],
    ['items=0-5'],
    ['bytes=abc'],
    ['bytes=0x10-20'],
    ['bytes=99999999999999999999-'],
  ])('ignores %j and sends the whole file', (header) => {
    expect(parseByteRange(header, SIZE)).toEqual({ kind: 'whole' });
  });

  it('satisfies no range of an empty file', () => {
    expect(parseByteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('contentRange', () => {
  it('names the bytes sent, or only the size when none can be', () => {
    expect(contentRange({ kind: 'partial', start: 0, end: 99 }, SIZE)).toBe('bytes 0-99/1000');
    expect(contentRange({ kind: 'unsatisfiable' }, SIZE)).toBe('bytes */1000');
    expect(contentRange({ kind: 'whole' }, SIZE)).toBeUndefined();
  });
});
