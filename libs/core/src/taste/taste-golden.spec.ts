import { plantedHistory, type PlantedHistory } from '@app/testing';
import { cusumChangePoints } from './change-points.js';
import { clusterTracks } from './clusters.js';
import { pickMixtape } from './mixtape.js';
import { momentum } from './momentum.js';
import { outliers } from './outliers.js';
import { radar, tracksBehindShift } from './radar.js';
import { TASTE_AXES, tasteVector } from './taste-axes.js';
import { fitTasteMap, weekPosition } from './taste-map.js';
import { standardize } from './vectors.js';
import { aggregateWeek, type WeeklyAggregate } from './weekly-aggregate.js';
import { weekOf } from './listener-week.js';

const history = plantedHistory();
const vectors = new Map(history.tracks.map((t) => [t.id, tasteVector(t.features)]));
const genre = new Map(history.tracks.map((t) => [t.id, t.genre]));
const axis = (name: (typeof TASTE_AXES)[number]) => TASTE_AXES.indexOf(name);

function weeklyAggregates(h: PlantedHistory): WeeklyAggregate[] {
  return h.weeks.map((week) =>
    aggregateWeek(
      h.listens
        .filter((l) => weekOf(l.listenedAt, h.timeZone).key === week.key)
        .map((l) => ({ ...l, vector: vectors.get(l.trackId) ?? null })),
    ),
  );
}

const weeks = weeklyAggregates(history);
const changeIndex = history.changeWeek - 1;

describe('a listening history with a genre change at week 8 and a tempo drift', () => {
  it('puts every listen into one of the sixteen weeks of the listener’s time zone', () => {
    expect(weeks.map((w) => w.listens).reduce((a, b) => a + b)).toBe(history.listens.length);
    expect(weeks.every((w) => w.listens >= 60)).toBe(true);
    expect(weeks[0]!.topTags).toEqual([{ tag: 'folk', count: 60 }]);
    expect(weeks[10]!.topTags).toEqual([{ tag: 'techno', count: 60 }]);
  });

  it.each(['energy', 'brightness', 'danceability'] as const)('finds the change point on %s at week 8 ± 1', (name) => {
    const series = weeks.map((w) => w.means?.[axis(name)] ?? null);
    const [first] = cusumChangePoints(series, { threshold: 5 });
    expect(first?.direction).toBe('up');
    expect(Math.abs(first!.index - changeIndex)).toBeLessThanOrEqual(1);
  });

  it('sees the tempo drift: the smoothed tempo keeps rising after the change', () => {
    const tempo = weeks.map((w) => w.means?.[axis('tempo')] ?? 0);
    const after = tempo.slice(changeIndex + 1);
    expect(after.at(-1)! - after[0]!).toBeGreaterThan(0.1);
    expect(momentum(weeks.map((w) => w.means))!.change[axis('tempo')]).toBeGreaterThan(0);
  });

  describe('the taste map', () => {
    const trackIds = history.tracks.map((t) => t.id);
    const map = fitTasteMap(
      trackIds.map((id) => vectors.get(id)!),
      { seed: 42, epochs: 200 },
    );
    const places = new Map(trackIds.map((id, i) => [id, map[i]!]));
    const centre = (g: string) => {
      const ps = trackIds.filter((id) => genre.get(id) === g).map((id) => places.get(id)!);
      return [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
    };
    const folk = centre('folk');
    const techno = centre('techno');
    const positions = weeks.map((w) => weekPosition(w.topTracks, places)!);
    const dist = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

    it('places the weeks before the change near the folk and those after near the techno', () => {
      positions.forEach((p, i) => {
        if (i < changeIndex - 1) expect(dist(p, folk)).toBeLessThan(dist(p, techno));
        if (i > changeIndex) expect(dist(p, techno)).toBeLessThan(dist(p, folk));
      });
    });

    it('moves the trajectory from folk towards techno across the change', () => {
      const before = positions[changeIndex - 1]!;
      const after = positions[changeIndex + 1]!;
      const step = [after[0] - before[0], after[1] - before[1]];
      const way = [techno[0]! - folk[0]!, techno[1]! - folk[1]!];
      expect(step[0]! * way[0]! + step[1]! * way[1]!).toBeGreaterThan(0);
    });

    it('gives the same map for the same input and seed, and another map for another seed', () => {
      const again = fitTasteMap(
        trackIds.map((id) => vectors.get(id)!),
        { seed: 42, epochs: 200 },
      );
      expect(again).toEqual(map);
      const other = fitTasteMap(
        trackIds.map((id) => vectors.get(id)!),
        { seed: 43, epochs: 200 },
      );
      expect(other).not.toEqual(map);
    });
  });

  it('compares week 8 against the weeks before it and names the planted techno tracks as the cause', () => {
    const baseline = weeks
      .slice(0, changeIndex)
      .map((w) => ({ means: w.means!, spreads: w.spreads!, weight: w.analysedListens }));
    const axes = radar(weeks[changeIndex]!.means!, baseline)!;
    expect(axes.find((a) => a.axis === 'energy')!.z).toBeGreaterThan(2);
    const tracks = weeks[changeIndex]!.topTracks.map((t) => ({ ...t, vector: vectors.get(t.trackId)! }));
    const behind = tracksBehindShift(axes, tracks)!;
    expect(behind.tracks.length).toBeGreaterThan(0);
    expect(behind.tracks.every((t) => genre.get(t.trackId) === 'techno')).toBe(true);
  });

  it('names the two planted drones as the outliers of the last 90 days', () => {
    const since = history.weeks.at(-1)!.end - 90 * 86_400_000;
    const plays = new Map<string, number>();
    for (const l of history.listens) if (l.listenedAt >= since) plays.set(l.trackId, (plays.get(l.trackId) ?? 0) + 1);
    const tracks = [...plays].map(([trackId, n]) => ({ trackId, plays: n, vector: vectors.get(trackId)! }));
    expect(
      outliers(tracks, 2)
        .map((t) => t.trackId)
        .sort(),
    ).toEqual([...history.outlierIds].sort());
  });

  it('clusters folk and techno apart', () => {
    const ids = history.tracks.filter((t) => t.genre !== 'outlier').map((t) => t.id);
    const { rows } = standardize(ids.map((id) => vectors.get(id)!));
    const clustering = clusterTracks(rows, 42);
    const clustersOf = (g: string) =>
      new Set(ids.flatMap((id, i) => (genre.get(id) === g ? [clustering.assignments[i]] : [])));
    const shared = [...clustersOf('folk')].filter((c) => clustersOf('techno').has(c));
    expect(shared).toEqual([]);
  });

  it('makes a 60–90 minute mixtape of the last week’s techno without leaning on one artist', () => {
    const last = weeks.at(-1)!;
    const candidates = history.tracks
      .filter((t) => t.genre === 'techno')
      .map((t) => ({
        ...t,
        trackId: t.id,
        plays: last.topTracks.find((p) => p.trackId === t.id)?.plays ?? 0,
        vector: vectors.get(t.id)!,
      }));
    const centroid = last.means!;
    const mixtape = pickMixtape(candidates, centroid);
    expect(mixtape.durationMs).toBeGreaterThanOrEqual(60 * 60_000);
    expect(mixtape.durationMs).toBeLessThanOrEqual(90 * 60_000);
    const perArtist = new Map<string, number>();
    for (const t of mixtape.tracks) perArtist.set(t.artist, (perArtist.get(t.artist) ?? 0) + 1);
    expect(Math.max(...perArtist.values())).toBeLessThanOrEqual(3);
    expect(pickMixtape(candidates, centroid, { diversityPenalty: 0 }).tracks).not.toEqual(mixtape.tracks);
  });
});
