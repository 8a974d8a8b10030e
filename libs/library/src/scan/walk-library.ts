import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UnreadableFileDto } from '@app/contracts';
import { isAudioFileName, isSkippedName } from './audio-file-names.js';
import { isInsideRoot, toIndexPath } from './inside-root.js';

/** An audio file found by a walk. */
export interface FoundFile {
  absolute: string;
  /** Relative to the library root, `/`-separated. */
  relative: string;
  size: number;
  mtimeMs: number;
}

export interface WalkResult {
  files: FoundFile[];
  /** Audio files (and links) the walk had to leave out, with the reason. */
  problems: UnreadableFileDto[];
}

interface WalkContext {
  root: string;
  realRoot: string;
  result: WalkResult;
}

/**
 * Every audio file under `folder` (inside `root`), skipping hidden and in-progress names. Symbolic links to
 * files inside the library are followed; links to folders are not (they could loop or index a file twice),
 * and links leading outside the library are refused.
 */
export async function walkLibrary(root: string, folder: string): Promise<WalkResult> {
  const context: WalkContext = { root, realRoot: await realpath(root), result: { files: [], problems: [] } };
  const pending = [folder];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      context.result.problems.push({ path: toIndexPath(root, dir), reason: `folder cannot be read (${code(error)})` });
      continue;
    }
    const files = entries.filter((entry) => !isSkippedName(entry.name));
    pending.push(
      ...files
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(dir, entry.name))
        .reverse(),
    );
    await Promise.all(files.map((entry) => visit(context, join(dir, entry.name), entry)));
  }
  context.result.files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return context.result;
}

async function visit(context: WalkContext, absolute: string, entry: Dirent): Promise<void> {
  const { root, result } = context;
  const relative = toIndexPath(root, absolute);
  const audio = isAudioFileName(entry.name);
  if (entry.isSymbolicLink()) {
    const problem = linkProblem(await followLink(context, absolute), audio);
    if (problem) return void result.problems.push({ path: relative, reason: problem });
  } else if (!entry.isFile()) {
    return;
  }
  if (!audio) return;
  try {
    const facts = await stat(absolute);
    if (facts.isFile()) result.files.push({ absolute, relative, size: facts.size, mtimeMs: facts.mtimeMs });
  } catch (error) {
    result.problems.push({ path: relative, reason: `file cannot be read (${code(error)})` });
  }
}

type LinkTarget = { kind: 'missing' } | { kind: 'file' | 'folder'; inside: boolean };

async function followLink(context: WalkContext, absolute: string): Promise<LinkTarget> {
  try {
    const target = await realpath(absolute);
    const facts = await stat(target);
    return { kind: facts.isDirectory() ? 'folder' : 'file', inside: isInsideRoot(context.realRoot, target) };
  } catch {
    return { kind: 'missing' };
  }
}

/** Why a link is not followed; links to files that are not audio do not matter either way. */
function linkProblem(target: LinkTarget, audio: boolean): string | undefined {
  if (target.kind === 'missing') return audio ? 'link points to nothing' : undefined;
  if (!target.inside) return audio || target.kind === 'folder' ? 'link points outside the library' : undefined;
  if (target.kind === 'folder') return 'link to a folder; scans do not follow these';
  return undefined;
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
