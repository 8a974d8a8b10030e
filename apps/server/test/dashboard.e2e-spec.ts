// The taste dashboard through /api/v1: a planted history (folk, then techno from week 8 with a rising tempo, two
// drones in week 15) aggregated by POST /aggregate/weeks and read back through every dashboard route.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type {
  AggregateWeeksResultDto,
  CreateListRequest,
  DashboardOverviewDto,
  ListenerDto,
  MixtapeDto,
  MoodsDto,
  OutliersDto,
  RadarDto,
  TrajectoryDto,
} from '@app/contracts';
import { plantedHistory, type PlantedHistory, pollUntil } from '@app/testing';
import { DataSource } from 'typeorm';
import { plantListens, plantMappedListens } from './support/taste-history.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let testApp: TestApp;
let listener: ListenerDto;
let history: PlantedHistory;
const api = () => request(testApp.server);
const genre = () => new Map(history.tracks.map((t) => [t.id, t.genre]));

beforeAll(async () => {
  testApp = await startTestApp();
  listener = (await api().post('/api/v1/listeners').send({ name: 'Sam', timeZone: 'Europe/Berlin' }).expect(201))
    .body as ListenerDto;
  // The last planted week is last week: the running week has no listens yet.
  history = plantedHistory({ timeZone: 'Europe/Berlin', lastWeekAt: Date.now() - 7 * 86_400_000 });
  await plantListens(testApp.app.get(DataSource), listener.id, history);
});

afterAll(() => testApp.close());

describe('the taste dashboard of a planted history', () => {
  let trajectory: TrajectoryDto;

  beforeAll(async () => {
    const done = (await api().post('/api/v1/aggregate/weeks').send({ listenerId: listener.id }).expect(200))
      .body as AggregateWeeksResultDto;
    expect(done).toMatchObject({ listeners: 1, weeksComputed: 16, mapsFitted: 1 });
    trajectory = (
      await api().get('/api/v1/dashboard/trajectory').query({ listenerId: listener.id, window: '17w' }).expect(200)
    ).body as TrajectoryDto;
  });

  it('aggregates finished weeks once: a second run does only the running week (here: none)', async () => {
    const again = (await api().post('/api/v1/aggregate/weeks').send({ listenerId: listener.id }).expect(200))
      .body as AggregateWeeksResultDto;
    expect(again).toMatchObject({ weeksComputed: 0, mapsFitted: 0 });
  });

  it('finds the change on energy at week 8 ± 1, going up', () => {
    const keys = history.weeks.map((w) => w.key);
    const energy = trajectory.changes.find((c) => c.axis === 'energy');
    expect(energy?.direction).toBe('up');
    expect(Math.abs(keys.indexOf(energy!.week) - (history.changeWeek - 1))).toBeLessThanOrEqual(1);
  });

  it('moves the weeks on the map from the folk tracks towards the techno tracks', () => {
    const centre = (g: string) => {
      const ps = trajectory.map.filter((p) => genre().get(p.trackId) === g);
      return [ps.reduce((s, p) => s + p.x, 0) / ps.length, ps.reduce((s, p) => s + p.y, 0) / ps.length];
    };
    const [folk, techno] = [centre('folk'), centre('techno')];
    const points = trajectory.points.filter((p) => p.x !== null);
    expect(points).toHaveLength(16);
    const dist = (p: { x: number | null; y: number | null }, c: number[]) => Math.hypot(p.x! - c[0]!, p.y! - c[1]!);
    expect(dist(points[0]!, folk)).toBeLessThan(dist(points[0]!, techno));
    expect(dist(points.at(-1)!, techno)).toBeLessThan(dist(points.at(-1)!, folk));
    expect(points[0]!.energy!).toBeLessThan(points.at(-1)!.energy!);
    expect(trajectory.points.at(-1)).toMatchObject({ x: null, listens: 0 });
  });

  it('fits the same map again from the same listens', async () => {
    await api().post('/api/v1/aggregate/weeks').send({ listenerId: listener.id, refit: true }).expect(200);
    const again = (
      await api().get('/api/v1/dashboard/trajectory').query({ listenerId: listener.id, window: '17w' }).expect(200)
    ).body as TrajectoryDto;
    expect(again.map).toEqual(trajectory.map);
    expect(again.fittedAt).not.toBe(trajectory.fittedAt);
  });

  it('puts week 8 against its baseline and names techno tracks as the cause, with the person’s own label', async () => {
    await api().post('/api/v1/labels').send({ listenerId: listener.id, axis: 'energy', label: 'Oomph' }).expect(200);
    const week8 = history.weeks[history.changeWeek - 1]!.key;
    const radar = (
      await api()
        .get('/api/v1/dashboard/radar')
        .query({ listenerId: listener.id, week: week8, compare: history.weeks[0]!.key })
        .expect(200)
    ).body as RadarDto;
    const energy = radar.axes.find((a) => a.axis === 'energy')!;
    expect(energy).toMatchObject({ label: 'Oomph' });
    expect(energy.z).toBeGreaterThan(2);
    expect(energy.compare).toBeLessThan(energy.week);
    expect(radar.baselineWeeks).toBe(7);
    expect(radar.shift!.tracks.length).toBeGreaterThan(0);
    expect(radar.shift!.tracks.every((t) => genre().get(t.trackId) === 'techno')).toBe(true);
  });

  it('names the two drones as the outliers of the last 90 days', async () => {
    const outliers = (
      await api().get('/api/v1/dashboard/outliers').query({ listenerId: listener.id, limit: 2 }).expect(200)
    ).body as OutliersDto;
    expect(outliers.tracks.map((t) => t.trackId).sort()).toEqual([...history.outlierIds].sort());
  });

  it('counts moods per week, and only an artist’s listens when filtered', async () => {
    const all = (
      await api().get('/api/v1/dashboard/moods').query({ listenerId: listener.id, window: '17w' }).expect(200)
    ).body as MoodsDto;
    const drones = (
      await api()
        .get('/api/v1/dashboard/moods')
        .query({ listenerId: listener.id, window: '17w', artist: 'drone ensemble' })
        .expect(200)
    ).body as MoodsDto;
    const total = (m: MoodsDto) => m.weeks.reduce((s, w) => s + Object.values(w.moods).reduce((a, b) => a + b, 0), 0);
    expect(total(all)).toBe(history.listens.length);
    expect(total(drones)).toBe(2);
    expect(drones.weeks[14]!.moods.sombre).toBe(2);
  });

  it('makes a 60–90 minute techno mixtape of the last week and exports it', async () => {
    const week = history.weeks.at(-1)!.key;
    const mixtape = (await api().get('/api/v1/dashboard/mixtape').query({ listenerId: listener.id, week }).expect(200))
      .body as MixtapeDto;
    expect(mixtape.durationMs).toBeGreaterThanOrEqual(3_600_000);
    expect(mixtape.durationMs).toBeLessThanOrEqual(5_400_000);
    expect(mixtape.tracks.every((t) => genre().get(t.trackId) === 'techno')).toBe(true);
    const m3u = await api()
      .get('/api/v1/dashboard/mixtape/export')
      .query({ listenerId: listener.id, week, format: 'm3u8' })
      .expect(200);
    expect(m3u.headers['content-type']).toContain('mpegurl');
    expect(m3u.text.split('\n').filter((l) => l.startsWith('#EXTINF'))).toHaveLength(mixtape.tracks.length);
    const jspf = await api()
      .get('/api/v1/dashboard/mixtape/export')
      .query({ listenerId: listener.id, week, format: 'jspf' })
      .expect(200);
    expect(jspf.body.playlist.track).toHaveLength(mixtape.tracks.length);
    const wanted = (
      await api()
        .get('/api/v1/dashboard/mixtape/export')
        .query({ listenerId: listener.id, week, format: 'request' })
        .expect(200)
    ).body as CreateListRequest;
    expect(wanted.text).toBe('Burial - Archangel\nBurial - Near Dark');
    const list = await api().post('/api/v1/lists').send(wanted).expect(201);
    expect(list.body.childIds).toHaveLength(2);
  });

  it('gives the overview: weeks, momentum and the last change', async () => {
    const overview = (await api().get('/api/v1/dashboard/overview').query({ listenerId: listener.id }).expect(200))
      .body as DashboardOverviewDto;
    expect(overview).toMatchObject({ listenerId: listener.id, weeks: 16, thisWeek: null });
    expect(overview.lastWeek?.listens).toBe(63);
    expect(overview.labels.energy).toBe('Oomph');
    expect(overview.lastChange).not.toBeNull();
  });
});

describe('the dashboard after new listens', () => {
  const overview = async () =>
    (await api().get('/api/v1/dashboard/overview').query({ listenerId: listener.id }).expect(200))
      .body as DashboardOverviewDto;
  const outliers = async () =>
    (await api().get('/api/v1/dashboard/outliers').query({ listenerId: listener.id, limit: 100 }).expect(200))
      .body as OutliersDto;
  const trajectory = async () =>
    (await api().get('/api/v1/dashboard/trajectory').query({ listenerId: listener.id, window: '17w' }).expect(200))
      .body as TrajectoryDto;

  it('counts a scrobble in the running week unasked, and answers what a fresh computation gives', async () => {
    const before = { overview: await overview(), outliers: await outliers() };
    expect(before.overview.thisWeek).toBeNull();
    // Three plays of a drone this week, as mapping would leave them, then one scrobble through the intake.
    const drone = history.tracks.find((t) => t.id === history.outlierIds[0])!;
    const plays = [1, 2, 3].map((i) => ({ ...drone, trackId: drone.id, listenedAt: Date.now() - i * 1000, tags: [] }));
    const sent = Date.now();
    await plantMappedListens(testApp.app.get(DataSource), listener.id, plays);
    await request(testApp.publicUrl)
      .post('/listenbrainz/1/submit-listens')
      .set('Authorization', `Token ${listener.listenToken}`)
      .send({
        listen_type: 'single',
        payload: [
          {
            listened_at: Math.floor(Date.now() / 1000),
            track_metadata: { artist_name: 'Burial', track_name: 'Untrue' },
          },
        ],
      })
      .expect(200);
    const after = await pollUntil(overview, (o) => o.thisWeek?.listens === 4, 30_000);
    expect(after.weeks).toBe(before.overview.weeks + 1);
    // The refresh stores the weeks first, then the change points and outliers: wait for a summary newer than the
    // listens (its 90 days start after they were written).
    const cached = {
      outliers: await pollUntil(outliers, (o) => Date.parse(o.since) + 90 * 86_400_000 >= sent, 30_000),
      trajectory: await trajectory(),
      overview: await overview(),
    };
    expect(cached.outliers).not.toEqual(before.outliers);
    expect(cached.outliers.tracks.find((t) => t.trackId === drone.id)?.plays).toBe(4);
    // Without the stored summary the routes compute it afresh from the listens.
    await testApp.app.get(DataSource).query('DELETE FROM taste_summary');
    const fresh = await outliers();
    expect(fresh.tracks).toEqual(cached.outliers.tracks);
    expect(Date.parse(fresh.since)).toBeGreaterThanOrEqual(Date.parse(cached.outliers.since));
    expect(await trajectory()).toEqual(cached.trajectory);
    expect(await overview()).toEqual(cached.overview);
  });
});

describe('dashboard input', () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['a window in days', 'trajectory', { window: '30d' }, 'window'],
    ['a window of 105 weeks', 'trajectory', { window: '105w' }, 'window'],
    ['week 54', 'radar', { week: '2026-54' }, 'week'],
    ['a compare week in words', 'radar', { week: '2026-10', compare: 'last week' }, 'compare'],
    ['a limit of 0', 'outliers', { limit: '0' }, 'limit'],
    ['an unknown source', 'moods', { source: 'spotify' }, 'source'],
    ['an unknown export format', 'mixtape/export', { format: 'mp3' }, 'format'],
    ['a listener id that is not one', 'overview', { listenerId: 'robert' }, 'listenerId'],
  ])('refuses %s, naming the field', async (_, route, query, field) => {
    const response = await api()
      .get(`/api/v1/dashboard/${route}`)
      .query({ listenerId: listener.id, ...query })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it.each<[string, object, string]>([
    ['an unknown axis', { axis: 'loudness', label: 'x' }, 'axis'],
    ['a label of 41 characters', { axis: 'energy', label: 'x'.repeat(41) }, 'label'],
    ['a control character', { axis: 'energy', label: 'a\u0007b' }, 'label'],
  ])('refuses a label with %s', async (_, body, field) => {
    const response = await api()
      .post('/api/v1/labels')
      .send({ listenerId: listener.id, ...body })
      .expect(400);
    expect(JSON.stringify(response.body.errors)).toContain(field);
  });

  it('asks an API key caller to name the listener when there are several', async () => {
    await api().post('/api/v1/listeners').send({ name: 'Second' }).expect(201);
    const response = await api().get('/api/v1/dashboard/overview').expect(400);
    expect(JSON.stringify(response.body)).toContain('listenerId');
  });

  it('answers 404 for a listener that does not exist', async () => {
    await api().get('/api/v1/dashboard/overview').query({ listenerId: randomUUID() }).expect(404);
  });
});
