import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { makeTestConfig } from './make-test-config.js';

describe('makeTestConfig', () => {
  const made: AppConfig[] = [];
  const make = (...args: Parameters<typeof makeTestConfig>) => {
    const config = makeTestConfig(...args);
    made.push(config);
    return config;
  };

  afterAll(() => made.forEach((c) => rmSync(c.paths.dataDir, { recursive: true, force: true })));

  it('roots SQLite and the library in a fresh temp folder, with short timings', () => {
    const sut = make();
    const { dataDir } = sut.paths;
    expect(sut.db).toEqual({ url: `sqlite:${join(dataDir, 'truetrack.db')}`, type: 'sqlite' });
    expect(sut.paths.libraryRoot).toBe(join(dataDir, 'library'));
    expect(existsSync(sut.paths.libraryRoot)).toBe(true);
    expect(existsSync(sut.paths.tmpDir)).toBe(true);
    expect(sut.queue).toEqual({ redisUrl: undefined, role: 'all', concurrency: 2, pollMs: 20 });
    expect(sut.jobs).toEqual({ maxAttempts: 3, retryBaseMs: 20, retryMaxMs: 200, leaseMs: 2000, heartbeatMs: 100 });
  });

  it('gives every call its own folder', () => {
    expect(make().paths.dataDir).not.toBe(make().paths.dataDir);
  });

  it('lays overrides over the defaults, group by group', () => {
    const sut = make({ jobs: { maxAttempts: 1 }, server: { allowedOrigins: ['http://127.0.0.1:4200'] } });
    expect(sut.jobs).toEqual({ maxAttempts: 1, retryBaseMs: 20, retryMaxMs: 200, leaseMs: 2000, heartbeatMs: 100 });
    expect(sut.server).toEqual({
      host: '127.0.0.1',
      port: 8000,
      allowedOrigins: ['http://127.0.0.1:4200'],
      trustProxy: false,
    });
  });
});
