import { mkdir, rm } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/** A job's own folder under the temp folder; nothing of a job is written anywhere else before STORING. */
export function jobFolder(tmpDir: string, jobId: string, part: string): string {
  return inside(tmpDir, join(jobTempFolder(tmpDir, jobId), part));
}

/** The folder holding everything of one job; removed when the job ends. */
export function jobTempFolder(tmpDir: string, jobId: string): string {
  return inside(tmpDir, join(tmpDir, jobId));
}

function inside(tmpDir: string, path: string): string {
  const folder = resolve(path);
  if (!folder.startsWith(resolve(tmpDir) + sep)) throw new Error(`Job folder escapes the temp folder: ${folder}`);
  return folder;
}

/** Starts a step's folder afresh: whatever an interrupted earlier attempt left there was never committed. */
export async function freshFolder(folder: string): Promise<string> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  return folder;
}
