import { preferredEdition } from './preferred-edition.js';

const edition = (id: string, trackCount: number, date: string | null, status: string | null = 'Official') => ({
  id,
  trackCount,
  date,
  status,
});

describe('preferredEdition', () => {
  it('takes the first official edition with the track count most editions share', () => {
    const chosen = preferredEdition([
      edition('deluxe', 14, '1986-01-01'),
      edition('uk-cd', 10, '1987-11-16'),
      edition('us-lp', 10, '1988-01-20'),
      edition('bootleg', 10, '1980-01-01', 'Bootleg'),
      edition('jp-cd', 10, '1987-12-01'),
    ]);
    expect(chosen?.id).toBe('uk-cd');
  });

  it('falls back to any edition when none is official, and to a dated one before an undated one', () => {
    expect(preferredEdition([edition('a', 5, null, null), edition('b', 5, '2001', 'Promotion')])?.id).toBe('b');
  });

  it('ignores editions of unknown length unless no length is known', () => {
    expect(preferredEdition([edition('unknown', 0, '1990'), edition('cd', 9, '1995')])?.id).toBe('cd');
    expect(preferredEdition([edition('late', 0, '1995'), edition('early', 0, '1990')])?.id).toBe('early');
  });

  it('chooses nothing from nothing', () => {
    expect(preferredEdition([])).toBeUndefined();
  });
});
