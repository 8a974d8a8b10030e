import { type CommandSpec, parseCliArgs } from './args.js';
import { UsageError } from './cli-error.js';

const SPECS: Record<string, CommandSpec> = {
  add: { args: { required: [], optional: ['"QUERY"'] }, options: ['ask', 'format', 'file', 'wait'] },
  jobs: { args: { required: [] }, options: ['status', 'limit'] },
  choose: { args: { required: ['ID', 'N'] }, options: [] },
  'library scan': { args: { required: [], optional: ['FOLDER'] }, options: ['wait'] },
};

const parse = (...argv: string[]) => parseCliArgs(argv, SPECS);

describe('parseCliArgs', () => {
  it('reads a command with its argument and options', () => {
    expect(parse('add', 'numb linkin park', '--ask', '--format', 'mp3-v0', '--wait')).toMatchObject({
      command: 'add',
      args: ['numb linkin park'],
      ask: true,
      format: 'mp3-v0',
      wait: true,
      json: false,
    });
  });

  it('takes the connection options before or after the command', () => {
    expect(parse('--url', 'http://nas:8000', 'jobs', '--api-key', 'k', '--json')).toMatchObject({
      command: 'jobs',
      url: 'http://nas:8000',
      apiKey: 'k',
      json: true,
    });
  });

  it('recognises two-word commands', () => {
    expect(parse('library', 'scan', 'Daft Punk', '--wait')).toMatchObject({
      command: 'library scan',
      args: ['Daft Punk'],
      wait: true,
    });
  });

  it('collects repeated --status and reads --limit as a number', () => {
    expect(parse('jobs', '--status', 'running', '--status', 'error', '--limit', '5')).toMatchObject({
      status: ['running', 'error'],
      limit: 5,
    });
  });

  it('treats no command, `help` and --help as a request for help', () => {
    expect(parse()).toMatchObject({ command: '', help: true });
    expect(parse('help')).toMatchObject({ command: '', help: true });
    expect(parse('choose', '--help')).toMatchObject({ command: 'choose', help: true });
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['library', 'burn'], 'unknown command "library burn"'],
    [['choose', 'abc'], 'choose needs N'],
    [['choose'], 'choose needs ID and N'],
    [['choose', 'a', '1', '2'], 'choose takes ID N, got "a 1 2"'],
    [['jobs', 'extra'], 'jobs takes no arguments, got "extra"'],
    [['jobs', '--ask'], 'jobs does not take --ask'],
    [['add', '--colour'], "Unknown option '--colour'"],
    [['add', 'x', '--format'], "Option '--format <value>' argument missing"],
    [['jobs', '--limit', '0'], '--limit must be a positive whole number, got "0"'],
    [['jobs', '--limit', 'ten'], '--limit must be a positive whole number, got "ten"'],
  ])('refuses %j: %s', (argv, message) => {
    const run = () => parse(...argv);
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});
