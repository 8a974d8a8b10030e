import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConnection } from './connection.js';

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'truetrack-cli-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const withData = (env: Record<string, string> = {}) => ({ TRUETRACK_DATA_DIR: dataDir, ...env });

describe('resolveConnection', () => {
  it('prefers flags over the environment over the data folder', () => {
    writeFileSync(join(dataDir, 'api-key'), 'from-file\n');
    const env = withData({ TRUETRACK_URL: 'http://env:1/', TRUETRACK_API_KEY: 'from-env' });

    expect(resolveConnection({ url: 'http://flag:2', apiKey: 'from-flag' }, env, '/')).toEqual({
      url: 'http://flag:2',
      apiKey: 'from-flag',
      urlSource: '--url',
      apiKeySource: '--api-key',
    });
    expect(resolveConnection({}, env, '/')).toEqual({
      url: 'http://env:1',
      apiKey: 'from-env',
      urlSource: 'TRUETRACK_URL',
      apiKeySource: 'TRUETRACK_API_KEY',
    });
  });

  it('falls back to the server address and the key file of the data folder', () => {
    writeFileSync(join(dataDir, 'api-key'), '  generated-key\n');
    writeFileSync(join(dataDir, 'truetrack.yml'), 'TRUETRACK_PORT: 8123\nTRUETRACK_HOST: 0.0.0.0\n');

    expect(resolveConnection({}, withData(), '/')).toMatchObject({
      url: 'http://127.0.0.1:8123',
      apiKey: 'generated-key',
      apiKeySource: join(dataDir, 'api-key'),
    });
  });

  it('lets the environment win over truetrack.yml, as the server does', () => {
    writeFileSync(join(dataDir, 'truetrack.yml'), 'TRUETRACK_PORT: 8123\nTRUETRACK_API_KEY: yml-key-1234567890\n');

    expect(resolveConnection({}, withData({ TRUETRACK_PORT: '9000', TRUETRACK_HOST: '::' }), '/')).toMatchObject({
      url: 'http://[::1]:9000',
      apiKey: 'yml-key-1234567890',
      apiKeySource: join(dataDir, 'truetrack.yml'),
    });
  });

  it('uses the defaults without a data folder, and no key', () => {
    expect(resolveConnection({}, { TRUETRACK_DATA_DIR: join(dataDir, 'missing') }, '/')).toEqual({
      url: 'http://127.0.0.1:8000',
      apiKey: undefined,
      urlSource: `the data folder ${join(dataDir, 'missing')}`,
      apiKeySource: undefined,
    });
  });

  it('finds ./data relative to the folder it runs in', () => {
    writeFileSync(join(dataDir, 'api-key'), 'k');
    expect(resolveConnection({}, {}, join(dataDir, '..')).apiKey).toBeUndefined();
    expect(resolveConnection({}, { TRUETRACK_DATA_DIR: 'x' }, dataDir).urlSource).toBe(
      `the data folder ${join(dataDir, 'x')}`,
    );
  });

  it('ignores empty values', () => {
    expect(resolveConnection({}, withData({ TRUETRACK_URL: ' ', TRUETRACK_API_KEY: '' }), '/')).toMatchObject({
      url: 'http://127.0.0.1:8000',
      apiKey: undefined,
    });
  });
});
