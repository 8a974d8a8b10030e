import { parseArgs } from 'node:util';
import { UsageError } from './cli-error.js';

const OPTIONS = {
  url: { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ask: { type: 'boolean' },
  'allow-large': { type: 'boolean' },
  format: { type: 'string' },
  kind: { type: 'string' },
  file: { type: 'string' },
  wait: { type: 'boolean' },
  status: { type: 'string', multiple: true },
  query: { type: 'string' },
  limit: { type: 'string' },
  page: { type: 'string' },
} as const;

export type OptionName = keyof typeof OPTIONS;

const GLOBAL_OPTIONS: OptionName[] = ['url', 'api-key', 'json', 'help'];

export interface CommandSpec {
  /** Positional arguments after the command words: names shown in usage errors. */
  args: { required: string[]; optional?: string[] };
  options: OptionName[];
}

export interface ParsedArgs {
  command: string;
  args: string[];
  url?: string;
  apiKey?: string;
  json: boolean;
  help: boolean;
  ask: boolean;
  /** Lets a link to a channel or a very large playlist become one job per entry. */
  allowLarge: boolean;
  wait: boolean;
  format?: string;
  kind?: string;
  file?: string;
  status: string[];
  query?: string;
  limit?: number;
  page?: number;
}

/**
 * Splits the command line into the command (one word, or two for `library scan` and `config check`), its
 * arguments and options. Throws a UsageError naming the problem.
 */
export function parseCliArgs(argv: string[], commands: Record<string, CommandSpec>): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node appends advice on `--` that does not apply to this command's options.
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional .*$/, ''));
  }
  const { values, positionals } = parsed;
  const help = values.help ?? false;
  const [first = '', second] = positionals;
  const twoWords = second !== undefined ? `${first} ${second}` : undefined;
  const command = twoWords && commands[twoWords] ? twoWords : first;
  const spec = commands[command];
  if (!spec) {
    if (help || command === '' || command === 'help') return emptyArgs(command === 'help' ? '' : command, true);
    throw new UsageError(`unknown command "${positionals.join(' ')}"`);
  }
  const args = positionals.slice(command.split(' ').length);
  if (!help) checkArity(command, spec, args);
  for (const name of Object.keys(values) as OptionName[]) {
    if (!GLOBAL_OPTIONS.includes(name) && !spec.options.includes(name)) {
      throw new UsageError(`${command} does not take --${name}`);
    }
  }
  return {
    ...emptyArgs(command, help),
    args,
    url: values.url,
    apiKey: values['api-key'],
    json: values.json ?? false,
    ask: values.ask ?? false,
    allowLarge: values['allow-large'] ?? false,
    wait: values.wait ?? false,
    format: values.format,
    kind: values.kind,
    file: values.file,
    status: values.status ?? [],
    query: values.query,
    limit: positiveInteger('limit', values.limit),
    page: positiveInteger('page', values.page),
  };
}

function emptyArgs(command: string, help: boolean): ParsedArgs {
  return { command, args: [], json: false, help, ask: false, allowLarge: false, wait: false, status: [] };
}

function checkArity(command: string, spec: CommandSpec, args: string[]): void {
  const { required, optional = [] } = spec.args;
  if (args.length < required.length) {
    throw new UsageError(`${command} needs ${required.slice(args.length).join(' and ')}`);
  }
  if (args.length > required.length + optional.length) {
    throw new UsageError(`${command} takes ${describeArity(required, optional)}, got "${args.join(' ')}"`);
  }
}

function describeArity(required: string[], optional: string[]): string {
  const all = [...required, ...optional.map((name) => `[${name}]`)];
  return all.length ? all.join(' ') : 'no arguments';
}

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--${name} must be a positive whole number, got "${raw}"`);
  return Number(raw);
}
