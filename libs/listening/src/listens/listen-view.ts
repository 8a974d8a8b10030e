import type { ListenDto } from '@app/contracts';
import { releaseMbidOf } from '../covers/release-mbid.js';
import type { ListenEntity } from './listen.entity.js';

export function listenView(listen: ListenEntity): ListenDto {
  const releaseMbid = releaseMbidOf(listen.additionalInfo);
  return {
    id: listen.id,
    listenerId: listen.listenerId,
    listenedAt: new Date(listen.listenedAt).toISOString(),
    artistName: listen.artistName,
    trackName: listen.trackName,
    ...(listen.releaseName ? { releaseName: listen.releaseName } : {}),
    ...(listen.durationMs ? { durationMs: listen.durationMs } : {}),
    ...(listen.recordingMbid ? { recordingMbid: listen.recordingMbid } : {}),
    ...(releaseMbid ? { releaseMbid } : {}),
    source: listen.source,
    ...(listen.client ? { client: listen.client } : {}),
    trackId: listen.trackId,
    mapping: {
      state: listen.mappedAt === null ? 'pending' : listen.mappedMbid || listen.trackId ? 'mapped' : 'unmapped',
      recordingMbid: listen.mappedMbid,
      by: listen.mappedBy,
    },
  };
}
