import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import request from 'supertest';
import type { LibraryTrackDto } from '@app/contracts';
import type { WatchApp } from './watch-app.js';

/** A copy of `source` whose bytes differ (an ID3v1 tag naming `label`), so its content hash is its own. */
export async function distinctCopy(source: string, target: string, label: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const tag = Buffer.alloc(128);
  tag.write('TAG', 0, 'latin1');
  tag.write(label.slice(0, 30), 3, 'latin1');
  await writeFile(target, Buffer.concat([await readFile(source), tag]));
}

/** The library track indexed at `path`, as the API lists it. */
export async function trackAt(app: WatchApp, path: string): Promise<LibraryTrackDto | undefined> {
  const body = (await request(app.server).get('/api/v1/library/tracks').query({ pageSize: 500 }).expect(200)).body as {
    records: LibraryTrackDto[];
  };
  return body.records.find((record) => record.path === path);
}

/** When the track's file was found gone; 0 while it is there. */
export async function missingSinceOf(app: WatchApp, id: string): Promise<number> {
  const row = await app.db
    .createQueryBuilder()
    .select('track.missing_since', 'missingSince')
    .from('library_track', 'track')
    .where('track.id = :id', { id })
    .getRawOne<{ missingSince: string | number | null }>();
  return Number(row?.missingSince ?? 0);
}
