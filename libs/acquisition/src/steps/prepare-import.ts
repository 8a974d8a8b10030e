import { copyFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { locateImportSource, recordingFromFile } from '@app/library';
import type { TagReader } from '@app/tagger';
import { freshFolder, jobFolder, type JobData } from '@app/jobs';

/**
 * The start of an `import` job: the file named by the job (checked again to lie inside the library or an import
 * folder, whoever created the job) is copied into the job's folder — the original stays untouched until STORING —
 * and who it is comes from its tags, or its file and folder names. The job then goes on like a download.
 */
export async function prepareImport(
  jobId: string,
  path: string,
  data: Readonly<JobData>,
  config: AppConfig,
  reader: TagReader,
): Promise<{ data: JobData; note: string }> {
  const source = await locateImportSource(config, path);
  if (!source.ok) throw new PermanentError(`Cannot import ${path}: the path ${source.reason}`);
  // An unreadable file fails the job for good: TagFileError is permanent.
  const read = await reader.read(source.absolute);
  const identity = recordingFromFile(source.absolute, read);
  const folder = await freshFolder(jobFolder(config.paths.tmpDir, jobId, 'download'));
  const copy = join(folder, basename(source.absolute));
  const original = await stat(source.absolute);
  await copyFile(source.absolute, copy);
  return {
    data: {
      ...data,
      // The original's identity: a move-mode import removes only this very file, not whatever is there later.
      import: {
        source: source.absolute,
        basis: identity.basis,
        identity: { dev: original.dev, ino: original.ino, size: original.size, mtimeMs: original.mtimeMs },
      },
      download: { filePath: copy },
      recording: identity.recording,
    },
    note: `${identity.recording.artists.join(', ')} – ${identity.recording.title} (${identity.notes.join('; ')})`,
  };
}
