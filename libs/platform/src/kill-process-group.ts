/**
 * Sends SIGTERM to the process group led by `pid`, then SIGKILL after `graceMs`. The SIGKILL is sent even if
 * the leader has already exited, so grandchildren that ignore SIGTERM do not outlive the run.
 */
export function killProcessGroup(pid: number, graceMs: number): void {
  signalGroup(pid, 'SIGTERM');
  setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: every member has already exited.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
