import { randomUUID } from 'node:crypto';
import type { PlantedHistory, PlantedListen } from '@app/testing';
import type { DataSource } from 'typeorm';

/** Rows are written as the mapping and analysis would leave them, through those tables' own entities. */
function entityOf(db: DataSource, table: string) {
  return db.entityMetadatas.find((m) => m.tableName === table)!.target;
}

export async function plantListens(db: DataSource, listenerId: string, h: PlantedHistory): Promise<void> {
  const now = Date.now();
  await db
    .createQueryBuilder()
    .insert()
    .into(entityOf(db, 'track_analysis'))
    .values(
      h.tracks.map((t) => ({
        trackId: t.id,
        analyserVersion: 'test',
        analysedAt: now,
        bpm: t.features.bpm,
        musicalKey: `${t.features.key} ${t.features.scale}`,
        energy: 0,
        features: t.features,
      })),
    )
    .execute();
  const played = h.listens.map((l) => ({ ...l, trackId: l.trackId as string | null }));
  // Songs played elsewhere that no library track stands for: what a list request should fetch.
  const week = h.weeks.at(-1)!;
  for (const [i, title] of ['Archangel', 'Near Dark', 'Archangel'].entries()) {
    played.push({
      trackId: null,
      artist: 'Burial',
      title,
      listenedAt: week.start + 3600_000 * (i + 1),
      durationMs: 240_000,
      tags: [],
    });
  }
  await plantMappedListens(db, listenerId, played);
}

/** Listens as the intake and mapping would leave them: `trackId` set (or null for a song the library lacks). */
export async function plantMappedListens(
  db: DataSource,
  listenerId: string,
  played: (Omit<PlantedListen, 'trackId'> & { trackId: string | null })[],
): Promise<void> {
  const now = Date.now();
  for (let i = 0; i < played.length; i += 200) {
    await db
      .createQueryBuilder()
      .insert()
      .into(entityOf(db, 'listen'))
      .values(
        played.slice(i, i + 200).map((l) => ({
          id: randomUUID(),
          listenerId,
          listenedAt: l.listenedAt,
          artistName: l.artist,
          trackName: l.title,
          durationMs: l.durationMs,
          source: 'listenbrainz-api',
          additionalInfo: { tags: l.tags },
          trackId: l.trackId,
          mappedAt: now,
          createdAt: now,
        })),
      )
      .execute();
  }
}
