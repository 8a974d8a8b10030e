import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExternalToolError, PermanentError } from '@app/core';
import { ProcessRunner } from './process-runner.js';

/** Starts a tree: `sh` (the group leader) and two background sleeps, each printing its pid. */
const TREE = 'echo $$; sleep 30 & echo $!; sleep 30 & echo $!; wait';

function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  // An orphan stays a zombie until init reaps it, which some container inits do late or never.
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
  } catch {
    return false;
  }
}

async function msUntilGone(pids: number[], limitMs: number): Promise<number> {
  const started = Date.now();
  while (!pids.every(isGone)) {
    if (Date.now() - started > limitMs)
      throw new Error(`still running after ${limitMs} ms: ${pids.filter((p) => !isGone(p))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

/** Runs `script` under sh and resolves with the pids it printed once `count` have arrived. */
function startTree(sut: ProcessRunner, script: string, count: number, signal: AbortSignal) {
  const pids: number[] = [];
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const run = sut.run('sh', ['-c', script], {
    signal,
    onStdoutLine: (line) => pids.push(Number(line)) === count && ready(),
  });
  return { run, pids, started };
}

describe('ProcessRunner', () => {
  const sut = new ProcessRunner();

  it('returns stdout and exit code 0', async () => {
    await expect(sut.run('sh', ['-c', 'echo out; echo warn >&2'])).resolves.toEqual({
      exitCode: 0,
      stdout: 'out\n',
      stderrTail: 'warn\n',
    });
  });

  it('passes every argument verbatim, without a shell', async () => {
    const args = ['%s|', 'two words', '$HOME', '*', '; rm -rf /', '"quoted"', "it's"];
    const { stdout } = await sut.run('printf', args);
    expect(stdout).toBe('two words|$HOME|*|; rm -rf /|"quoted"|it\'s|');
  });

  it('fails with ExternalToolError carrying the exit code and stderr', async () => {
    const error = await sut
      .run('/bin/sh', ['-c', 'echo "ERROR: Unsupported URL" >&2; exit 3'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalToolError);
    expect(error).toMatchObject({ tool: 'sh', exitCode: 3, stderrTail: 'ERROR: Unsupported URL\n' });
  });

  it('keeps only the last 4 KB of a long stderr', async () => {
    const script = 'i=0; while [ $i -lt 2000 ]; do echo "frame $i" >&2; i=$((i+1)); done; exit 1';
    const error = (await sut.run('sh', ['-c', script]).catch((e: unknown) => e)) as ExternalToolError;
    expect(error.stderrTail.length).toBeLessThanOrEqual(4096);
    expect(error.stderrTail.length).toBeGreaterThan(4000);
    expect(error.stderrTail.endsWith('frame 1998\nframe 1999\n')).toBe(true);
  });

  it('hands every stdout and stderr line to the callbacks', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const script = "printf 'a\\nb'; printf ' 5%%\\r10%%\\r' >&2; echo done >&2";
    await sut.run('sh', ['-c', script], { onStdoutLine: (l) => out.push(l), onStderrLine: (l) => err.push(l) });
    expect(out).toEqual(['a', 'b']);
    expect(err).toEqual([' 5%', '10%', 'done']);
  });

  it('writes stdin, sets env on top of the inherited one, and runs in cwd', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'truetrack-runner-'));
    try {
      const script = 'cat; echo "|$TRUETRACK_TEST|$(pwd)"; command -v sleep >/dev/null && echo path-kept';
      const { stdout } = await sut.run('sh', ['-c', script], {
        stdin: 'from stdin',
        env: { TRUETRACK_TEST: 'x y' },
        cwd: dir,
      });
      expect(stdout).toBe(`from stdin|x y|${dir}\npath-kept\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with PermanentError naming a missing binary', async () => {
    const error = await sut.run('truetrack-no-such-tool', ['--version']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toContain('truetrack-no-such-tool');
  });

  it('fails with PermanentError naming a missing working folder', async () => {
    const cwd = join(tmpdir(), 'truetrack-no-such-folder');
    const error = await sut.run('sh', ['-c', 'true'], { cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toContain(cwd);
  });

  it('stops the tree and fails with ExternalToolError on timeout', async () => {
    const started = Date.now();
    const error = await sut
      .run('sh', ['-c', 'echo starting >&2; sleep 30'], { timeoutMs: 200 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalToolError);
    expect(error).toMatchObject({ exitCode: null, stderrTail: 'starting\n\n[timed out after 200 ms]' });
    expect((error as Error).message).toContain('timed out after 200 ms');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('kills the whole process group, grandchildren included, within 2 s of an abort', async () => {
    const controller = new AbortController();
    const tree = startTree(sut, TREE, 3, controller.signal);
    await tree.started;
    const reason = new Error('job cancelled');
    controller.abort(reason);
    const error = await tree.run.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError', cause: reason });
    expect(tree.pids).toHaveLength(3);
    await expect(msUntilGone(tree.pids, 2000)).resolves.toBeLessThan(2000);
  });

  it('kills a tree that ignores SIGTERM with SIGKILL after the grace period', async () => {
    const controller = new AbortController();
    const tree = startTree(sut, `trap '' TERM; ${TREE}`, 3, controller.signal);
    await tree.started;
    const aborted = Date.now();
    controller.abort();
    await expect(tree.run).rejects.toMatchObject({ name: 'AbortError' });
    await msUntilGone(tree.pids, 2000);
    expect(Date.now() - aborted).toBeGreaterThanOrEqual(1400);
    expect(Date.now() - aborted).toBeLessThan(2000);
  });

  it('does not start when the signal has already fired', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'truetrack-runner-'));
    try {
      const signal = AbortSignal.abort('shutdown');
      await expect(sut.run('touch', [join(dir, 'ran')], { signal, cwd: dir })).rejects.toMatchObject({
        name: 'AbortError',
        cause: 'shutdown',
      });
      expect(() => readFileSync(join(dir, 'ran'))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
