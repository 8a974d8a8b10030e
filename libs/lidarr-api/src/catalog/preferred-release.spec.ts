import { preferredRelease } from './preferred-release.js';

const release = (id: string, trackCount: number, releaseDate: string | null, status: string | null = 'Official') => ({
  foreignReleaseId: id,
  trackCount,
  releaseDate,
  status,
});

describe('preferredRelease', () => {
  it('takes the stored release the edition rule prefers', () => {
    const chosen = preferredRelease([
      release('deluxe', 14, '1986-01-01'),
      release('uk-cd', 10, '1987-11-16'),
      release('jp-cd', 10, '1987-12-01'),
    ]);
    expect(chosen?.foreignReleaseId).toBe('uk-cd');
  });

  it('chooses nothing when no release has a track list to fetch', () => {
    expect(preferredRelease([release('empty', 0, '2000')])).toBeUndefined();
    expect(preferredRelease([])).toBeUndefined();
  });
});
