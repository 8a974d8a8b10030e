// Steps read the job's data through the typed `JobData` record (libs/jobs/src/engine/job-data.ts and the
// `job-data.ts` of each library that owns keys); a cast of the bag would bypass it, so none may come back.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';

const repo = process.cwd();

/** A member of the data bag (or a chosen payload) cast to a shape of its own. */
const BAG_CAST = [
  /\b(?:data|Data|bag)(?:\??\.?\[[^\]]+\]|\??\.[A-Za-z]+)\)? as /,
  /\bchosenPayload\([^)]*\)\S* as /,
  /\b(?:job\.data|stepData)\)? as /,
];

const isComment = (line: string) => /^\s*(\/\/|\/?\*)/.test(line);
const isBagCast = (line: string) => !isComment(line) && BAG_CAST.some((pattern) => pattern.test(line));

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

async function libraryFiles(): Promise<string[]> {
  const libs = await readdir(join(repo, 'libs'), { withFileTypes: true });
  const folders = libs
    .filter((l) => l.isDirectory() && l.name !== 'testing')
    .map((l) => join(repo, 'libs', l.name, 'src'));
  return (await Promise.all(folders.map((f) => sourceFiles(f).catch(() => [])))).flat();
}

describe('the cast pattern', () => {
  it.each([
    "const tried = data['recording'] as RecordingRef | undefined;",
    "    const url = data['sourceUrl'] as string;",
    "const failuresOf = (data: Record<string, unknown>) => (data['sourceFailures'] as string[] | undefined) ?? [];",
    '    const byLidarr = ctx.job.data[GRABBED_RELEASE] as OfferedRelease | undefined;',
    "    const chosen = chosenPayload(ctx.job.data, CandidateStage.Intent)?.['releaseId'] as string | undefined;",
    '    (chosenPayload(data, CandidateStage.Intent) as RecordingCandidate | undefined) ??',
    '  const choice = data.choice as { stage?: unknown } | undefined;',
    "      const line = (child.data?.['list'] as { line?: number } | undefined)?.line;",
    '  const line = (child.data?.list as { line?: number } | undefined)?.line;',
    '  const bag = job.stepData as Record<string, unknown>;',
    '  const all = ctx.job.data as Record<string, unknown>;',
  ])('catches %s', (line) => {
    expect(isBagCast(line)).toBe(true);
  });

  it.each([
    'const recording = data.recording;',
    'const database = dataSource as DataSource;',
    'const listing = data.linkListing?.url === url ? data.linkListing.contents : undefined;',
    'const chosen = chosenRelease(ctx.job.data);',
    'const raw = JSON.parse(json) as Record<string, unknown>;',
    "return { kind: 'single' as const };",
    'const tag = (response.data as { tag_name?: unknown } | null)?.tag_name;',
    "/** A link as yt-dlp listed it when the request was made, kept in the job's data as `linkListing`. */",
    'const code = (error as NodeJS.ErrnoException).code;',
  ])('lets %s through', (line) => {
    expect(isBagCast(line)).toBe(false);
  });
});

describe('step data in the libraries', () => {
  it('is never cast: every key is declared in a JobData augmentation and read as declared', async () => {
    const hits: string[] = [];
    for (const file of await libraryFiles()) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (isBagCast(line)) hits.push(`${relative(repo, file)}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

describe('the lint rule (typed-step-data in eslint.config.js)', () => {
  const eslint = new ESLint({ cwd: repo });
  const declarations = 'declare const data: any, ctx: any, job: any, child: any, chosenPayload: any, stage: any;\n';
  const problems = async (code: string, file = 'libs/planted/src/step.ts') => {
    const [result] = await eslint.lintText(declarations + code, { filePath: join(repo, file) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
  };

  it.each([
    "export const url = data['sourceUrl'] as string;",
    'export const listing = data.linkListing as object;',
    "export const line = (child.data?.['list'] as { line?: number } | undefined)?.line;",
    "export const plan = ctx.job.data['albumPlan'] as object;",
    'export const all = ctx.job.data as Record<string, unknown>;',
    'export const row = job.stepData as Record<string, unknown>;',
    'export const chosen = chosenPayload(data, stage) as object;',
    "export const id = chosenPayload(data, stage)?.['releaseId'] as string;",
  ])('flags %s', async (code) => {
    expect(await problems(code)).toBe(1);
  });

  it.each([
    'export const url = data.sourceUrl;',
    "export const raw = JSON.parse('{}') as Record<string, unknown>;",
    'export const body = data as Record<string, unknown>;',
  ])('lets %s through', async (code) => {
    expect(await problems(code)).toBe(0);
  });

  it('leaves test code alone', async () => {
    expect(await problems("export const url = data['sourceUrl'] as string;", 'libs/planted/src/step.spec.ts')).toBe(0);
  });
});
