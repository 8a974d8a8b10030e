import { stripNulls } from './strip-nulls.js';

describe('stripNulls', () => {
  it('leaves out null and undefined fields at any depth, keeping falsy values and array items', () => {
    const value = {
      id: 0,
      title: '',
      monitored: false,
      overview: null,
      artist: { artistName: 'A', path: undefined, images: [{ url: null, coverType: 'poster' }] },
      tags: [1, null],
    };
    expect(stripNulls(value)).toEqual({
      id: 0,
      title: '',
      monitored: false,
      artist: { artistName: 'A', images: [{ coverType: 'poster' }] },
      tags: [1, null],
    });
  });

  it('passes scalars through', () => {
    expect(stripNulls(3)).toBe(3);
    expect(stripNulls(null)).toBeNull();
  });
});
