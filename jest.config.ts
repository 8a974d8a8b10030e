import type { Config } from 'jest';

const libs = [
  'contracts',
  'core',
  'config',
  'platform',
  'db',
  'jobs',
  'resolver',
  'acquisition',
  'tagger',
  'library',
  'testing',
  'auth',
  'integrations',
  'lidarr-api',
  'ops',
  'listening',
  'analysis',
  'torrents',
  'mixes',
  'dashboard',
  'conversation',
];

const longTimeout = '<rootDir>/libs/testing/jest/long-timeout.ts';

// These integration suites reach no database: the PostgreSQL pass would only repeat their audio and process work.
const DATABASE_FREE_INT_SPECS = [
  '/libs/analysis/test/audio-accuracy.int-spec.ts',
  '/libs/analysis/test/analysis-worker-pool.int-spec.ts',
  '/libs/acquisition/test/ffmpeg.int-spec.ts',
  '/libs/acquisition/test/ytdlp.int-spec.ts',
  '/libs/mixes/test/split.int-spec.ts',
  '/libs/mixes/test/chapters.int-spec.ts',
  '/libs/tagger/test/tempo-key-tags.int-spec.ts',
  '/libs/torrents/test/torrent-clients.int-spec.ts',
  '/libs/jobs/test/job-event-bus.int-spec.ts',
];
const onPostgres = process.env['TRUETRACK_TEST_DB'] === 'postgres';

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  moduleNameMapper: {
    ...Object.fromEntries(libs.map((lib) => [`^@app/${lib}$`, `<rootDir>/libs/${lib}/src/index.ts`])),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  rootDir: '.',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/admin/'],
} satisfies Partial<Config>;

const config: Config = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/libs/testing/jest/unit-timeout.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/libs/**/*.int-spec.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, ...(onPostgres ? DATABASE_FREE_INT_SPECS : [])],
      setupFilesAfterEnv: [longTimeout],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/apps/{server,cli}/test/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: [longTimeout],
    },
    {
      ...shared,
      displayName: 'reliability',
      testMatch: ['<rootDir>/apps/server/test/reliability/**/*.reliability-spec.ts'],
      setupFilesAfterEnv: [longTimeout],
    },
  ],
};

export default config;
