import { extname, join, relative, resolve, sep } from 'node:path';
import { JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import type { NewJob } from '@app/jobs';
import { linkOrCopy } from '../clients/link-into-library.js';
import type { FileListMatch } from '../decision/match-file-list.js';
import type { AlbumPlan } from './album-plan.js';

/** Why a track of the album starts at EXTRACTING: the first line of its history. */
const EXTRACT_REASON = "Downloaded with its album's torrent";

/** A file of the torrent under the client's folder; a name that climbs out of it (`../`) is refused. */
export function fileInside(savePath: string, path: string): string {
  const root = resolve(savePath);
  const absolute = resolve(root, path);
  if (absolute === root || !absolute.startsWith(root + sep) || relative(root, absolute).startsWith('..'))
    throw new PermanentError(`The torrent's file ${path} lies outside the client's folder ${savePath}`);
  return absolute;
}

/**
 * One track job per matched file, starting at EXTRACTING with the file hard-linked (or copied) into the album job's
 * folder: the client keeps its own file and goes on seeding, whatever the track jobs convert, tag or remove.
 */
export async function albumChildrenFromFiles(
  plan: AlbumPlan,
  match: FileListMatch,
  savePath: string,
  folder: string,
): Promise<{ children: NewJob[]; linked: number; copied: number }> {
  let linked = 0;
  let copied = 0;
  const children: NewJob[] = [];
  for (const [index, child] of plan.children.entries()) {
    const pair = match.pairs[index];
    if (!pair) throw new PermanentError(`Track ${index + 1} has no file in the torrent`);
    const target = join(folder, `${String(index + 1).padStart(3, '0')}${extname(pair.file.path).toLowerCase()}`);
    const how = await linkOrCopy(fileInside(savePath, pair.file.path), target);
    if (how === 'linked') linked++;
    else copied++;
    children.push({
      ...child,
      start: { state: JobState.Extracting, reason: EXTRACT_REASON },
      data: { ...child.data, download: { filePath: target, torrentFile: pair.file.path } },
    });
  }
  return { children, linked, copied };
}
