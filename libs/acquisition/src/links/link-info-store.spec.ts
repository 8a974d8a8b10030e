import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { LinkInfoStore } from './link-info-store.js';

const JOB = '0f8e2b1c-4d5a-4e6f-9a7b-1c2d3e4f5a6b';
const OTHER_JOB = '1a2b3c4d-0000-4000-8000-000000000000';

describe('LinkInfoStore', () => {
  let dataDir: string;
  let store: LinkInfoStore;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'link-info-'));
    store = new LinkInfoStore({ paths: { dataDir } } as AppConfig);
  });

  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('gives back what a link job kept, once', async () => {
    const info = { title: 'Night Drive', description: '00:00 A - B\n03:00 C - D' };
    await store.keep(JOB, info);
    expect(await store.take(OTHER_JOB)).toBeUndefined();
    expect(await store.take(JOB)).toEqual(info);
    expect(await store.take(JOB)).toBeUndefined();
  });

  it('keeps nothing for info without a description or chapters', async () => {
    await store.keep(JOB, { title: 'Paper Lanterns' });
    await store.keep(JOB, undefined);
    expect(await store.take(JOB)).toBeUndefined();
  });

  it.each(['../escape', `${JOB}/../../x`, ''])('never names a file after the job id %j', async (jobId) => {
    await store.keep(jobId, { description: 'x' });
    expect(await store.take(jobId)).toBeUndefined();
    expect(await readdir(dataDir)).toEqual([]);
  });
});
