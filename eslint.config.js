// Lint + module boundaries (docs: DESIGN.md "Dependency direction", STYLE.md §2).
// Boundaries use the built-in no-restricted-imports. ESLint replaces a rule's options with those of the last
// matching config object, so every folder gets one complete, generated list rather than layered ones.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Upstream features may import downstream ones: the library reads tags, so the tagger comes last.
const FEATURE_CHAIN = ['resolver', 'acquisition', 'library', 'tagger'];
const FOUNDATION = ['contracts', 'core', 'config', 'platform', 'db'];

/** What each lib may import (as @app/<name>). Libs not created yet are listed so the rule is ready for them. */
const ALLOWED = {
  contracts: [],
  core: ['contracts'],
  config: ['contracts', 'core'],
  platform: ['contracts', 'core'],
  db: ['contracts', 'core', 'config', 'platform'],
  jobs: [...FOUNDATION],
  // Features: the foundation, jobs, and only downstream features (resolver -> acquisition -> library -> tagger).
  ...Object.fromEntries(FEATURE_CHAIN.map((name, i) => [name, [...FOUNDATION, 'jobs', ...FEATURE_CHAIN.slice(i + 1)]])),
  auth: [...FOUNDATION],
  // The API key and sessions sit beside the foundation: modules with routes of their own may ask who calls.
  ops: [...FOUNDATION, 'jobs', 'auth'],
  // Listening keeps who listens to what; it maps listens to the library's tracks and counts their plays.
  listening: [...FOUNDATION, 'jobs', 'auth', 'library'],
  integrations: [...FOUNDATION, 'jobs', 'auth', 'listening'],
  // Reads library tracks and writes tags through those libs' public index; nothing imports it but the app.
  analysis: [...FOUNDATION, 'jobs', 'library', 'tagger'],
  // Torrent sources: indexers, release decisions and download clients; pure parsing needs only the foundation.
  torrents: [...FOUNDATION, 'jobs'],
  'lidarr-api': [...FOUNDATION, 'jobs', ...FEATURE_CHAIN, 'integrations', 'torrents'],
  // DJ mixes: tracklists run through the resolver and the library, parts are tagged by the tagger.
  mixes: [...FOUNDATION, 'jobs', 'auth', ...FEATURE_CHAIN],
  // Reads listens and analysis results through those libs' public index; nothing imports it but the app.
  dashboard: [...FOUNDATION, 'jobs', 'auth', 'listening', 'analysis'],
  // Requests in plain words: reads through the resolver, starts jobs, keeps history and preferences per caller.
  conversation: [...FOUNDATION, 'jobs', 'auth', 'resolver'],
  testing: [...FOUNDATION, 'jobs', ...FEATURE_CHAIN, 'integrations', 'auth', 'listening', 'torrents'],
};

const ALL_LIBS = Object.keys(ALLOWED);
const SPEC_FILES = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'];

/** Packages that would drag a framework into libs meant to stay plain. */
const FRAMEWORKS = { group: ['@nestjs/*', 'typeorm', 'class-validator', 'class-transformer', 'bull', 'ioredis'] };

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function boundaries(who, allowed, extraPatterns = []) {
  const allowedAlt = allowed.map(escape).join('|');
  const direction = allowed.length ? `^@app/(?!(?:${allowedAlt})$)[^/]+$` : '^@app/[^/]+$';
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^@app/[^/]+/.+',
            message: 'Import a library through its public index (@app/<name>), never a deep path.',
          },
          {
            regex: direction,
            message: allowed.length
              ? `${who} may import only ${allowed.map((a) => `@app/${a}`).join(', ')} (DESIGN.md dependency direction).`
              : `${who} imports no @app/* library (DESIGN.md dependency direction).`,
          },
          {
            regex: '^(?:\\.\\./)+(?:.*/)?apps/',
            message: 'Nothing imports code under apps/.',
          },
          {
            regex: '^(?:\\.\\./)+(?:.*/)?libs/',
            message: 'Import another library as @app/<name>, never by a relative path.',
          },
          ...extraPatterns,
        ],
      },
    ],
  };
}

/** A library's tables are its own: another library reads them through a service of its index, never its entity. */
const ownTables = (lib) => ({
  regex: `^@app/(?!${escape(lib)}$)[^/]+$`,
  importNamePattern: '^[A-Z][A-Za-z0-9]*Entity$',
  message: `libs/${lib} may not use another library's entity: ask that library through a reader in its public index (DESIGN.md dependency direction).`,
});

const frameworkFree = (who) => ({
  ...FRAMEWORKS,
  message: `${who} stays framework-free: no Nest, TypeORM, validation or queue packages.`,
});

const libConfigs = ALL_LIBS.flatMap((lib) => {
  const extra = lib === 'contracts' || lib === 'core' ? [frameworkFree(`libs/${lib}`)] : [];
  const source = {
    name: `boundaries/${lib}`,
    files: [`libs/${lib}/**/*.ts`],
    rules: boundaries(`libs/${lib}`, ALLOWED[lib], [...extra, ownTables(lib)]),
  };
  if (lib === 'testing') return [source];
  // Tests (specs, and everything under the lib's test/ folder) may also use the test helpers and reach
  // their own lib through its public index, as its users do.
  const specs = {
    name: `boundaries/${lib}/tests`,
    files: [...SPEC_FILES.map((glob) => `libs/${lib}/${glob}`), `libs/${lib}/test/**/*.ts`],
    rules: boundaries(`Tests of libs/${lib}`, [...ALLOWED[lib], lib, 'testing'], extra),
  };
  return [source, specs];
});

const BAG = '[object.name=/^(data|stepData|bag)$/]';
// `job.data`, `ctx.job.data`, `child.data`: any object's data (an HTTP answer's body is read into a typed value
// or through a type guard, as well).
const JOB_DATA = '[object.property.name=/^(data|stepData)$/]';
const CHOSEN = "[object.callee.name='chosenPayload']";
const castOf = (what) =>
  `a cast of ${what}: declare the key in a JobData augmentation (job-data.ts) and read it as declared`;
const STEP_DATA_CASTS = [
  ...[BAG, JOB_DATA].flatMap((object) => [
    { selector: `TSAsExpression > MemberExpression.expression${object}`, message: castOf("the job's data") },
    {
      selector: `TSAsExpression > ChainExpression > MemberExpression.expression${object}`,
      message: castOf("the job's data"),
    },
  ]),
  ...["[object.property.name='job']", "[object.name='job']"].map((job) => ({
    selector: `TSAsExpression > MemberExpression.expression[property.name=/^(data|stepData)$/]${job}`,
    message: castOf("the job's data"),
  })),
  {
    selector: "TSAsExpression > CallExpression.expression[callee.name='chosenPayload']",
    message: castOf('a chosen payload'),
  },
  { selector: `TSAsExpression > MemberExpression.expression${CHOSEN}`, message: castOf('a chosen payload') },
  {
    selector: `TSAsExpression > ChainExpression > MemberExpression.expression${CHOSEN}`,
    message: castOf('a chosen payload'),
  },
];

const tsFiles = ['apps/server/**/*.ts', 'apps/cli/**/*.ts', 'libs/**/*.ts', 'jest.config.ts'];
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((g) => [
    g,
    'readonly',
  ]),
);

export default defineConfig(
  {
    name: 'ignores',
    ignores: ['dist/', 'dist-test/', 'node_modules/', 'apps/admin/', '.angular/', 'coverage/', '**/fixtures/'],
  },
  {
    name: 'scripts',
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: nodeGlobals },
  },
  {
    name: 'typescript',
    files: tsFiles,
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...libConfigs,
  {
    // Steps read the job's data through the typed JobData record (libs/jobs/src/engine/job-data.ts and each
    // library's job-data.ts); a cast of the bag, or of a person's chosen payload, would bypass it.
    name: 'typed-step-data',
    files: ['libs/*/src/**/*.ts'],
    ignores: SPEC_FILES.map((glob) => `libs/*/src/${glob}`),
    rules: {
      'no-restricted-syntax': ['error', ...STEP_DATA_CASTS],
    },
  },
  {
    // The composition root may import every module (lidarr-api included), never the test helpers.
    name: 'boundaries/apps-server',
    files: ['apps/server/src/**/*.ts'],
    rules: boundaries(
      'apps/server/src',
      ALL_LIBS.filter((lib) => lib !== 'testing'),
    ),
  },
  {
    // The command line client speaks to the API only: contract types and the settings reader, nothing else.
    name: 'boundaries/apps-cli',
    files: ['apps/cli/src/**/*.ts'],
    ignores: SPEC_FILES.map((glob) => `apps/cli/src/${glob}`),
    rules: boundaries('apps/cli/src', ['contracts', 'config']),
  },
  {
    name: 'boundaries/apps-cli/tests',
    files: ['apps/cli/test/**/*.ts', ...SPEC_FILES.map((glob) => `apps/cli/src/${glob}`)],
    rules: boundaries('apps/cli tests', ALL_LIBS),
  },
  {
    name: 'boundaries/apps-server/tests',
    files: ['apps/server/test/**/*.ts', ...SPEC_FILES.map((glob) => `apps/server/src/${glob}`)],
    rules: boundaries('apps/server tests', ALL_LIBS),
  },
  {
    // Benchmarks drive the whole application as its users do: every library, the test helpers and the
    // server's createApp().
    name: 'boundaries/benches',
    files: ['libs/*/bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@app/[^/]+/.+',
              message: 'Import a library through its public index (@app/<name>), never a deep path.',
            },
          ],
        },
      ],
    },
  },
);
