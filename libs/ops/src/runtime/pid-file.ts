import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PID_FILE = /^(server|worker)-(\d+)\.pid$/;

export type ProcessKind = 'server' | 'worker';

/** `<data dir>/run`: one file per running TrueTrack process, so a restore can tell whether any is running. */
export const runDir = (dataDir: string): string => join(dataDir, 'run');

/**
 * Records this process as running on `dataDir`; returns the way to take it back (also done at a normal exit; after
 * a kill the file stays, and `runningProcesses` finds its process gone).
 */
export function claimPidFile(dataDir: string, kind: ProcessKind): () => void {
  const file = join(runDir(dataDir), `${kind}-${process.pid}.pid`);
  mkdirSync(runDir(dataDir), { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  const release = () => {
    rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/** Other TrueTrack processes still alive on `dataDir`, e.g. `server (pid 4242)`; stale files are removed. */
export function runningProcesses(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(runDir(dataDir));
  } catch {
    return [];
  }
  const running: string[] = [];
  for (const name of names) {
    const match = PID_FILE.exec(name);
    if (!match) continue;
    const pid = Number(readFileSync(join(runDir(dataDir), name), 'utf8').trim() || match[2]);
    if (pid === process.pid) continue;
    if (isAlive(pid)) running.push(`${match[1]} (pid ${pid})`);
    else rmSync(join(runDir(dataDir), name), { force: true });
  }
  return running;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
