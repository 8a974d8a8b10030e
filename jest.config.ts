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
