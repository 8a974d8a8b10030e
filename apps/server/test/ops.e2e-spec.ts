// What a person running TrueTrack looks at when something is off: the logs of the System page (with request and
// job ids), the Prometheus metrics, and database backups taken while the server works.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { type JobDto, JobStatus } from '@app/contracts';
import type { LogLineDto } from '@app/ops';
import { onPostgres, pollUntil } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isFinished, waitForJob } from './support/wait-for-job.js';

/** Polls the logs API until a line matching `wanted` shows up (the file is written asynchronously). */
async function waitForLogLine(testApp: TestApp, query: string, wanted: (line: LogLineDto) => boolean) {
  const read = async () =>
    (await request(testApp.server).get(`/api/v1/system/logs?${query}`).expect(200)).body as LogLineDto[];
  const lines = await pollUntil(read, (seen) => seen.some(wanted), 10_000);
  return { found: lines.find(wanted)!, lines };
}

describe('operations', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ log: { level: 'info' } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('logs', () => {
    it('logs each request once with its id, echoes the id, and never writes the API key', async () => {
      const key = testApp.apiKey;
      const answer = await request(testApp.publicUrl)
        .get(`/api/v1/jobs?apikey=${key}&pageSize=5`)
        .set('X-Request-Id', 'e2e-request-1')
        .expect(200);
      expect(answer.headers['x-request-id']).toBe('e2e-request-1');

      const { found } = await waitForLogLine(testApp, 'level=info', (line) => line.reqId === 'e2e-request-1');
      expect(found).toMatchObject({
        level: 'info',
        context: 'Http',
        fields: { method: 'GET', path: '/api/v1/jobs?apikey=[redacted]&pageSize=5', status: 200 },
      });
      const logDir = join(testApp.config.paths.dataDir, 'logs');
      const written = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8'));
      expect(written.join('')).not.toContain(key);
    });

    it('gives a request without an id a fresh one', async () => {
      const answer = await request(testApp.server).get('/api/v1/jobs').set('X-Request-Id', 'not ok!').expect(200);
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("tags the lines written while a job's steps ran with its id, and filters by it", async () => {
      const created = await request(testApp.server)
        .post('/api/v1/jobs')
        .send({ query: 'numb linkin park' })
        .expect(201);
      const job = created.body as JobDto;
      await waitForJob(testApp.server, job.id, isFinished);
      const { lines } = await waitForLogLine(testApp, `jobId=${job.id}`, (line) => /FINALIZED/.test(line.message));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.every((line) => line.jobId === job.id)).toBe(true);
      // The creation was logged inside the request that asked for it.
      const { found } = await waitForLogLine(testApp, 'limit=1000', (line) =>
        line.message.includes(`${job.id}: created`),
      );
      expect(found.reqId).toEqual(created.headers['x-request-id']);
    });

    it.each([
      ['level=loud', 'level'],
      ['limit=0', 'limit'],
      ['limit=5000', 'limit'],
      ['jobId=../../etc', 'jobId'],
    ])('answers 400 naming the field for %s', async (query, field) => {
      const answer = await request(testApp.server).get(`/api/v1/system/logs?${query}`).expect(400);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    });

    it('needs the API key', async () => {
      await request(testApp.publicUrl).get('/api/v1/system/logs').expect(401);
    });
  });

  describe('metrics', () => {
    it('serves Prometheus text with jobs by state, step durations, queue depth and process figures', async () => {
      const job = (await request(testApp.server).post('/api/v1/jobs').send({ query: 'in the end' }).expect(201))
        .body as JobDto;
      await waitForJob(testApp.server, job.id, (j) => j.status === JobStatus.Success);
      // Job counts are cached for a few seconds; the step histogram is live.
      const answer = await request(testApp.server).get('/metrics').expect(200);
      expect(answer.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      const text = answer.text;
      expect(text).toMatch(/^# TYPE truetrack_jobs gauge$/m);
      expect(text).toMatch(/^truetrack_jobs\{state="FAILED"\} \d+$/m);
      expect(text).toMatch(/^truetrack_queue_depth \d+$/m);
      expect(text).toMatch(/^truetrack_step_duration_seconds_count\{state="STORING",outcome="completed"\} [1-9]\d*$/m);
      expect(text).toMatch(
        /^truetrack_step_duration_seconds_bucket\{state="SEARCHING",outcome="completed",le="\+Inf"\} /m,
      );
      expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
      expect(text).toMatch(/^process_cpu_seconds_total [\d.e+-]+$/m);
      expect(text).toMatch(/^truetrack_event_loop_lag_seconds\{quantile="0.99"\} /m);
      expect(text).toMatch(/^truetrack_build_info\{version="\d+\.\d+\.\d+[^"]*"\} 1$/m);
    });

    it('is protected like the API by default', async () => {
      await request(testApp.publicUrl).get('/metrics').expect(401);
    });

    it('is open when TRUETRACK_METRICS_PUBLIC is on', async () => {
      const open = await startTestApp({ metrics: { public: true } });
      try {
        await request(open.publicUrl).get('/metrics').expect(200);
        await request(open.publicUrl).get('/api/v1/system/logs').expect(401);
      } finally {
        await open.close();
      }
    });
  });

  describe('backups', () => {
    if (onPostgres()) {
      it('answers 409 naming pg_dump on PostgreSQL', async () => {
        const answer = await request(testApp.server).post('/api/v1/system/backups').expect(409);
        expect(answer.body.message).toContain('pg_dump');
      });
      return;
    }

    it('backs up on request and lists the backups with their sizes', async () => {
      await request(testApp.server).get('/api/v1/system/backups').expect(200, []);
      const created = await request(testApp.server).post('/api/v1/system/backups').expect(201);
      expect(created.body).toEqual({
        name: expect.stringMatching(/^truetrack-\d{8}-\d{6}(-\d+)?\.sqlite$/),
        size: expect.any(Number),
        createdAt: expect.any(String),
      });
      const listed = await request(testApp.server).get('/api/v1/system/backups').expect(200);
      expect(listed.body).toEqual([created.body]);
      const file = join(testApp.config.paths.dataDir, 'backups', created.body.name);
      expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    });

    it('needs the API key', async () => {
      await request(testApp.publicUrl).post('/api/v1/system/backups').expect(401);
    });
  });

  describe('schedules', () => {
    it('lists the scheduled backup with its cron schedule and next run, and runs it on request', async () => {
      const listed = (await request(testApp.server).get('/api/v1/system/schedules').expect(200)).body as {
        name: string;
        schedule: string | null;
        nextRunAt: string | null;
      }[];
      const backup = listed.find((task) => task.name === 'backup');
      if (onPostgres()) {
        // PostgreSQL is backed up with pg_dump, not on TrueTrack's schedule.
        expect(backup).toBeUndefined();
        return;
      }
      expect(backup).toMatchObject({ schedule: testApp.config.schedules.backup, running: false });
      expect(Date.parse(backup?.nextRunAt ?? '')).toBeGreaterThan(Date.now());
      const before = (await request(testApp.server).get('/api/v1/system/backups').expect(200)).body as unknown[];
      const ran = await request(testApp.server).post('/api/v1/system/schedules/backup/run').expect(200);
      expect(ran.body).toMatchObject({ name: 'backup', lastOutcome: 'ok', lastError: null, running: false });
      const after = (await request(testApp.server).get('/api/v1/system/backups').expect(200)).body as unknown[];
      expect(after).toHaveLength(before.length + 1);
    });

    it('answers 404 naming an unknown task', async () => {
      const missing = await request(testApp.server).post('/api/v1/system/schedules/nothing/run').expect(404);
      expect(missing.body.message).toContain('No scheduled task named nothing');
    });

    it('needs the API key', async () => {
      await request(testApp.publicUrl).get('/api/v1/system/schedules').expect(401);
      await request(testApp.publicUrl).post('/api/v1/system/schedules/backup/run').expect(401);
    });
  });
});
