// Steps read the job's data through the typed `JobData` record (libs/jobs/src/engine/job-data.ts and the
// `job-data.ts` of each library that owns keys); a cast of the bag would bypass it. The lint rule refuses one in
// every library on every `npm run lint`; these cases pin what it catches and what it leaves alone.
import { join } from 'node:path';
import { ESLint } from 'eslint';

const repo = process.cwd();

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
