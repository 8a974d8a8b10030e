import type { CliCommand } from './command.js';

const CONNECTION_HELP = `Connection (first found wins):
  --url URL, --api-key KEY        on the command line
  TRUETRACK_URL, TRUETRACK_API_KEY in the environment
  the data folder (TRUETRACK_DATA_DIR, default ./data): TRUETRACK_HOST/TRUETRACK_PORT and the key
  from truetrack.yml, or the key the server wrote to <data dir>/api-key`;

/** The full help, or one command's when `command` is given. */
export function usageText(commands: CliCommand[], command?: CliCommand): string {
  if (command) return `Usage: truetrack ${command.usage} [--json]\n\n${command.summary}\n\n${CONNECTION_HELP}`;
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: truetrack <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options for every command:',
    '  --json       print the API answer as JSON, for scripts',
    '  -h, --help   show the usage of a command',
    '',
    CONNECTION_HELP,
    '',
    'Exit codes: 0 done, 1 the API or a check failed, 2 the command line is wrong.',
  ].join('\n');
}
