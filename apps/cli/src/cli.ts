import { ApiClient, type Fetch } from './api-client.js';
import { type CommandSpec, parseCliArgs } from './args.js';
import { CliError, ExitCode, UsageError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { COMMANDS } from './commands/index.js';
import { resolveConnection } from './connection.js';
import { usageText } from './usage.js';

const SPECS: Record<string, CommandSpec> = Object.fromEntries(COMMANDS.map((c) => [c.name, c.spec]));

/** Runs `truetrack <argv>` and returns its exit code; failures are printed as one clear message on stderr. */
export async function runCli(argv: string[], io: CliIo, fetchImpl: Fetch = fetch): Promise<ExitCode> {
  try {
    const args = parseCliArgs(argv, SPECS);
    const command = COMMANDS.find((c) => c.name === args.command);
    if (args.help || !command) {
      io.out(usageText(COMMANDS, command));
      return ExitCode.Ok;
    }
    const connection = resolveConnection({ url: args.url, apiKey: args.apiKey }, io.env, io.cwd);
    if (!/^https?:\/\/[^/]/.test(connection.url)) {
      throw new UsageError(`the server URL must start with http:// or https://, got "${connection.url}"`);
    }
    return await command.run({ args, io, connection, client: new ApiClient(connection, fetchImpl) });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`truetrack: ${error.message}`);
    if (error instanceof UsageError) io.err('Run `truetrack --help` for the commands and their options.');
    return error.exitCode;
  }
}
