import { Inject, Injectable } from '@nestjs/common';
import { LibraryTrackEntity } from '@app/library';
import { DataSource, In } from 'typeorm';

/** What the library index holds for catalog tracks, matched by MusicBrainz recording or release group. */
@Injectable()
export class LibraryFilesReader {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Size on disk of a file per recording id that has one. */
  async sizesByRecording(recordingIds: string[]): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    for (const chunk of chunks(unique(recordingIds))) {
      const rows = await this.dataSource.manager.find(LibraryTrackEntity, {
        where: { mbRecordingId: In(chunk) },
        select: ['mbRecordingId', 'size'],
      });
      for (const row of rows) if (row.mbRecordingId) sizes.set(row.mbRecordingId, row.size);
    }
    return sizes;
  }

  /** Files per release group (for albums whose track list is not known yet). */
  async filesByReleaseGroup(groupIds: string[]): Promise<Map<string, { count: number; size: number }>> {
    const found = new Map<string, { count: number; size: number }>();
    for (const chunk of chunks(unique(groupIds))) {
      const rows = await this.dataSource.manager.find(LibraryTrackEntity, {
        where: { mbReleaseGroupId: In(chunk) },
        select: ['mbReleaseGroupId', 'size'],
      });
      for (const row of rows) {
        if (!row.mbReleaseGroupId) continue;
        const entry = found.get(row.mbReleaseGroupId) ?? { count: 0, size: 0 };
        found.set(row.mbReleaseGroupId, { count: entry.count + 1, size: entry.size + row.size });
      }
    }
    return found;
  }
}

// SQLite allows 999 bound parameters per statement.
const CHUNK = 500;
const unique = (values: string[]) => [...new Set(values)];
function chunks(values: string[]): string[][] {
  const result: string[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) result.push(values.slice(i, i + CHUNK));
  return result;
}
