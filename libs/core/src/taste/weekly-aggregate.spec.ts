import { aggregateWeek, type WeekPlay } from './weekly-aggregate.js';

const play = (p: Partial<WeekPlay>): WeekPlay => ({
  trackId: null,
  artist: 'Radiohead',
  title: 'Reckoner',
  durationMs: 290_000,
  tags: [],
  vector: null,
  ...p,
});

describe('aggregateWeek', () => {
  it('counts an unmapped play by artist and title, case-insensitively, and skips missing lengths', () => {
    const week = aggregateWeek([
      play({}),
      play({ artist: 'radiohead ', title: 'reckoner' }),
      play({ title: 'Nude', durationMs: null }),
    ]);
    expect(week).toMatchObject({ listens: 3, minutes: 9.7, distinctTracks: 2, distinctArtists: 1, artistDiversity: 0 });
    expect(week.means).toBeNull();
    expect(week.topTracks).toEqual([]);
  });

  it('measures the axes, moods and tags on analysed plays only', () => {
    const week = aggregateWeek([
      play({ trackId: 't1', vector: [0.8, 0.5, 0.5, 0.2, 0.7, 0.6], tags: ['Rock', 'rock', 'alternative'] }),
      play({ trackId: 't1', vector: [0.8, 0.5, 0.5, 0.2, 0.7, 0.6], tags: ['rock'] }),
      play({ trackId: 't2', artist: 'Nils Frahm', vector: [0.2, 0.1, 0.3, 0.9, 0.3, 0.4], tags: ['ambient'] }),
      play({ artist: 'Nils Frahm', title: 'Says' }),
    ]);
    expect(week.analysedListens).toBe(3);
    expect(week.means).toEqual([0.6, 0.3667, 0.4333, 0.4333, 0.5667, 0.5333]);
    expect(week.spreads![0]).toBeCloseTo(0.2828, 4);
    expect(week.moods).toEqual({ upbeat: 2, intense: 0, relaxed: 0, sombre: 1 });
    expect(week.topTags).toEqual([
      { tag: 'rock', count: 2 },
      { tag: 'alternative', count: 1 },
      { tag: 'ambient', count: 1 },
    ]);
    expect(week.topTracks.map((t) => [t.trackId, t.plays])).toEqual([
      ['t1', 2],
      ['t2', 1],
    ]);
    expect(week.artistDiversity).toBe(1);
  });
});
