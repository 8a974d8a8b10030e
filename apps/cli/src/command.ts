import type { ApiClient } from './api-client.js';
import type { CommandSpec, ParsedArgs } from './args.js';
import type { ExitCode } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import type { Connection } from './connection.js';

export interface CommandContext {
  args: ParsedArgs;
  io: CliIo;
  connection: Connection;
  client: ApiClient;
}

/** One `truetrack` command: how it is called, what it says about itself, and what it does. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  spec: CommandSpec;
  run(ctx: CommandContext): Promise<ExitCode>;
}

/** `--json` prints the API's JSON as is, for scripts; otherwise the text meant for people. */
export function output(ctx: CommandContext, json: unknown, text: () => string): void {
  ctx.io.out(ctx.args.json ? JSON.stringify(json, null, 2) : text());
}
