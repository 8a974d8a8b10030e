import { chooseAlbumRelease } from './choose-album-release.js';

const release = (id: string, trackCount: number, releaseDate: string | null, status: string | null = 'Official') => ({
  foreignReleaseId: id,
  trackCount,
  releaseDate,
  status,
});

describe('chooseAlbumRelease', () => {
  it('takes the first official edition with the track count most editions share', () => {
    const chosen = chooseAlbumRelease([
      release('deluxe', 14, '1986-01-01'),
      release('uk-cd', 10, '1987-11-16'),
      release('us-lp', 10, '1988-01-20'),
      release('bootleg', 10, '1980-01-01', 'Bootleg'),
      release('jp-cd', 10, '1987-12-01'),
    ]);
    expect(chosen?.foreignReleaseId).toBe('uk-cd');
  });

  it('falls back to any edition when none is official, and to a dated one before an undated one', () => {
    expect(
      chooseAlbumRelease([release('a', 5, null, null), release('b', 5, '2001', 'Promotion')])?.foreignReleaseId,
    ).toBe('b');
  });

  it('chooses nothing without tracks', () => {
    expect(chooseAlbumRelease([release('empty', 0, '2000')])).toBeUndefined();
    expect(chooseAlbumRelease([])).toBeUndefined();
  });
});
