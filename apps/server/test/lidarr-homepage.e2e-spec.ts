// homepage's Lidarr widget and its calendar integration, replayed from
// libs/lidarr-api/test/fixtures/homepage-lidarr-widget.example.json: requests carry the key as `?apikey=`, and the
// widget reads only artist.length, wanted.totalRecords, queue.totalCount and the calendar's artist name, title,
// release date and `grabbed`.
import request from 'supertest';
import { JobStatus } from '@app/contracts';
import { BackgroundTasks } from '@app/lidarr-api';
import { fakeArtistId } from '@app/testing';
import { lidarrFixture } from './support/lidarr-fixtures.js';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

const widget = lidarrFixture('homepage-lidarr-widget.example.json');

let app: MusicWorldApp;

beforeAll(async () => {
  app = await startMusicWorldApp();
});

afterAll(async () => {
  await app?.close();
});

/** The request line of the fixture, with homepage's placeholders filled in. */
function widgetCall(line: string, values: Record<string, string> = {}) {
  expect(Object.keys(widget)).toContain(line);
  let path = line.replace(/^GET \{url\}/, '').replace('{key}', app.apiKey);
  for (const [name, value] of Object.entries(values)) path = path.replace(`${name}=...`, `${name}=${value}`);
  return request(app.publicUrl).get(path).expect(200);
}

describe("homepage's Lidarr widget", () => {
  it('reads zero everywhere on an empty server', async () => {
    expect((await widgetCall('GET {url}/api/v1/artist?apikey={key}')).body).toEqual([]);
    expect((await widgetCall('GET {url}/api/v1/wanted/missing?apikey={key}')).body).toMatchObject({ totalRecords: 0 });
    expect((await widgetCall('GET {url}/api/v1/queue/status?apikey={key}')).body).toMatchObject({ totalCount: 0 });
  });

  it('counts artists, missing albums and the queue, and lists the calendar', async () => {
    await request(app.server)
      .post('/api/v1/artist')
      .send({ foreignArtistId: fakeArtistId('Nova Tide'), addOptions: { monitor: 'all' } })
      .expect(201);
    await app.app.get(BackgroundTasks).idle();
    const waiting = await app.request('Lanterns', { ask: true });
    await waitForJob(app.server, waiting.id, (job) => job.status === JobStatus.Waiting || isFinished(job), 30_000);

    const artists = (await widgetCall('GET {url}/api/v1/artist?apikey={key}')).body as { id: number }[];
    expect(artists.length).toBe(1);
    expect((await widgetCall('GET {url}/api/v1/wanted/missing?apikey={key}')).body).toMatchObject({ totalRecords: 1 });
    expect((await widgetCall('GET {url}/api/v1/queue/status?apikey={key}')).body).toMatchObject({ totalCount: 1 });

    const calendar = await widgetCall(
      'GET {url}/api/v1/calendar?apikey={key}&start=...&end=...&unmonitored=...&includeArtist=false',
      { start: '2019-05-01', end: '2019-05-31', unmonitored: 'false' },
    );
    expect(calendar.body).toEqual([
      expect.objectContaining({
        artist: expect.objectContaining({ artistName: 'Nova Tide' }),
        title: 'Harbour Lights',
        releaseDate: '2019-05-10T00:00:00Z',
        grabbed: false,
      }),
    ]);
  });
});
