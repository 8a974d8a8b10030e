// The boundary checks ESLint's import rules cannot make on their own, run on a small planted workspace: an index
// export no other library imports, a library naming another's table in SQL, and importing another's entity.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repo = process.cwd();
let root: string;

async function plant(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

function lintBoundaries(): { status: number | null; problems: string[] } {
  const run = spawnSync(process.execPath, [join(repo, 'scripts/lint-boundaries.mjs'), root], { encoding: 'utf8' });
  return { status: run.status, problems: run.stderr.split('\n').filter((line) => line.startsWith('libs/')) };
}

const ALPHA = {
  'libs/alpha/src/index.ts': [
    "export { usedThing, unusedThing } from './things.js';",
    "export * from './more/index.js';",
    "export { ALPHA_ENTITIES } from './store/alpha-entities.js';",
  ].join('\n'),
  'libs/alpha/src/things.ts': 'export const usedThing = 1;\nexport const unusedThing = 2;\n',
  'libs/alpha/src/more/index.ts': 'export const deepUsed = 1;\nexport interface DeepUnused {\n  id: string;\n}\n',
  'libs/alpha/src/store/alpha-row.entity.ts': "@Entity('alpha_row')\nexport class AlphaRowEntity {}\n",
  'libs/alpha/src/store/alpha-entities.ts':
    "import { AlphaRowEntity } from './alpha-row.entity.js';\nexport const ALPHA_ENTITIES = [AlphaRowEntity];\n",
  'libs/alpha/src/store/alpha-store.ts':
    "export const mine = (m: Db) => m.query('SELECT id FROM alpha_row WHERE alpha_row.id = ?', ['x']);\n",
  // The library's own tests do not make an export used.
  'libs/alpha/test/things.int-spec.ts': "import { unusedThing } from '@app/alpha';\nvoid unusedThing;\n",
  'apps/server/src/main.ts':
    "import { ALPHA_ENTITIES } from '@app/alpha';\nimport { beta } from '@app/beta';\nvoid [ALPHA_ENTITIES, beta];\n",
};

const BETA_CLEAN = {
  'libs/beta/src/index.ts': "export { beta } from './beta.js';\n",
  'libs/beta/src/beta.ts': [
    "import { deepUsed, usedThing } from '@app/alpha';",
    '// Words that are table names, outside SQL and query builder calls, are prose.',
    "export const beta = [usedThing, deepUsed, 'alpha_row', 'Moved FROM alpha_row to the shelf'];",
    "export const own = (m: Db) => m.query('SELECT id FROM beta_row');",
  ].join('\n'),
  'libs/beta/src/beta-row.entity.ts': "@Entity('beta_row')\nexport class BetaRowEntity {}\n",
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'truetrack-boundaries-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('scripts/lint-boundaries.mjs', () => {
  it('passes a workspace whose index exports are all used elsewhere and whose SQL names only its own tables', async () => {
    await plant({
      ...ALPHA,
      ...BETA_CLEAN,
      'libs/alpha/src/index.ts': ALPHA['libs/alpha/src/index.ts'].replace(', unusedThing', ''),
    });
    await plant({
      'libs/alpha/src/more/index.ts': 'export const deepUsed = 1;\n',
      'libs/alpha/test/things.int-spec.ts': '',
    });
    expect(lintBoundaries()).toEqual({ status: 0, problems: [] });
  }, 60_000);

  it('names each index export no other library or app imports, through export * too', async () => {
    await plant({ ...ALPHA, ...BETA_CLEAN });
    const { status, problems } = lintBoundaries();
    expect(status).toBe(1);
    expect(problems.map((line) => line.split(',')[0])).toEqual([
      'libs/alpha/src/index.ts: exports unusedThing',
      'libs/alpha/src/index.ts: exports DeepUnused',
    ]);
  }, 60_000);

  it.each([
    ['raw SQL', "m.query('SELECT b.id FROM beta_row b JOIN alpha_row a ON a.id = b.alpha_id')"],
    [
      'a qualified column in SQL',
      'm.query(`UPDATE beta_row SET n = (SELECT COUNT(*) FROM x WHERE x.id = alpha_row.id)`)',
    ],
    [
      'a query builder join',
      "m.createQueryBuilder().from('beta_row', 'b').innerJoin('alpha_row', 'a', 'a.id = b.alpha_id')",
    ],
    ['an insert by table name', "m.createQueryBuilder().insert().into('alpha_row').values({})"],
  ])(
    'names a library that reaches into another library’s table by %s',
    async (_how, call) => {
      await plant({
        ...ALPHA,
        ...BETA_CLEAN,
        'libs/alpha/src/more/index.ts': 'export const deepUsed = 1;\n',
        'libs/alpha/src/index.ts': ALPHA['libs/alpha/src/index.ts'].replace(', unusedThing', ''),
        'libs/beta/src/reach.ts': `export const reach = (m: Db) =>\n  ${call};\n`,
      });
      expect(lintBoundaries()).toEqual({
        status: 1,
        problems: [
          'libs/beta/src/reach.ts:2: names the table alpha_row, which belongs to libs/alpha (ask that library through its index)',
        ],
      });
    },
    60_000,
  );
});

describe('eslint: entities stay in their library', () => {
  const eslint = (file: string, text: string) =>
    spawnSync(join(repo, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', file], {
      cwd: repo,
      input: text,
      encoding: 'utf8',
    });

  it('refuses another library’s entity in a library’s source and allows its readers', () => {
    const entity = eslint(
      'libs/listening/src/planted.ts',
      "import { LibraryTrackEntity } from '@app/library';\nexport const planted = LibraryTrackEntity;\n",
    );
    expect(entity.status).toBe(1);
    expect(entity.stdout).toContain("libs/listening may not use another library's entity");

    const reader = eslint(
      'libs/listening/src/planted.ts',
      "import { LibraryTrackReads } from '@app/library';\nexport const planted = LibraryTrackReads;\n",
    );
    expect({ status: reader.status, out: reader.stdout }).toEqual({ status: 0, out: '' });
  }, 120_000);
});
