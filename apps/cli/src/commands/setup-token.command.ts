import { join } from 'node:path';
import { CliError, ExitCode } from '../cli-error.js';
import { type CliCommand, output } from '../command.js';
import { dataDirOf } from '../connection.js';

/** Where the server keeps the first-run token until the first user exists. */
const SETUP_TOKEN_FILE = 'setup-token';

export const setupTokenCommand: CliCommand = {
  name: 'setup-token',
  usage: 'setup-token',
  summary: 'show the one-time token the first-run page asks for (read from the data folder, not the server)',
  spec: { args: { required: [] }, options: [] },
  async run(ctx) {
    const dataDir = dataDirOf(ctx.io.env, ctx.io.cwd);
    const file = join(dataDir, SETUP_TOKEN_FILE);
    let token: string;
    try {
      token = (await ctx.io.readFile(file)).trim();
    } catch {
      throw new CliError(
        `No setup token in ${dataDir}: the first user exists already, or the server has not started with this ` +
          'data folder yet (set TRUETRACK_DATA_DIR to the folder the server uses)',
      );
    }
    output(ctx, { setupToken: token, file }, () => token);
    return ExitCode.Ok;
  },
};
