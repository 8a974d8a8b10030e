import { ApiRoutes, type JobDto, type Page } from '@app/contracts';
import { type AppConfig, ConfigValidationError, loadConfig } from '@app/config';
import { ApiError } from '../api-client.js';
import { CliError, ExitCode } from '../cli-error.js';
import { type CliCommand, type CommandContext, output } from '../command.js';

export interface CheckResult {
  name: string;
  ok: boolean;
  message: string;
}

export const configCheckCommand: CliCommand = {
  name: 'config check',
  usage: 'config check',
  summary: 'check the local settings the way the server does, then that the server answers and takes the key',
  spec: { args: { required: [] }, options: [] },
  async run(ctx) {
    const server = await checkServer(ctx);
    const apiKey = server.ok
      ? await checkApiKey(ctx)
      : { name: 'API key', ok: false, message: 'not checked: the server did not answer' };
    const checks = [checkSettings(ctx), server, apiKey];
    const ok = checks.every((c) => c.ok);
    output(ctx, { ok, url: ctx.connection.url, checks }, () =>
      checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.message}`).join('\n'),
    );
    return ok ? ExitCode.Ok : ExitCode.Failure;
  },
};

function checkSettings(ctx: CommandContext): CheckResult {
  const name = 'settings';
  let config: AppConfig;
  try {
    config = loadConfig(ctx.io.env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return { name, ok: false, message: `\n${error.problems.map((p) => `  - ${p}`).join('\n')}` };
  }
  const { dataDir, libraryRoot } = config.paths;
  return { name, ok: true, message: `data folder ${dataDir}, library ${libraryRoot}, database ${config.db.type}` };
}

async function checkServer(ctx: CommandContext): Promise<CheckResult> {
  const name = 'server';
  const where = `${ctx.connection.url} (from ${ctx.connection.urlSource})`;
  try {
    await ctx.client.get(`/${ApiRoutes.ping}`);
    return { name, ok: true, message: `${where} answers` };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { name, ok: false, message: error.message };
  }
}

async function checkApiKey(ctx: CommandContext): Promise<CheckResult> {
  const name = 'API key';
  const source = ctx.connection.apiKeySource;
  try {
    await ctx.client.get<Page<JobDto>>(`/${ApiRoutes.prefix}/${ApiRoutes.jobs}`, { pageSize: 1 });
    return { name, ok: true, message: source ? `accepted (from ${source})` : 'none given, and none needed' };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const denied = error instanceof ApiError && (error.status === 401 || error.status === 403);
    const message = denied && !source ? 'the server wants one: --api-key or TRUETRACK_API_KEY' : error.message;
    return { name, ok: false, message };
  }
}
