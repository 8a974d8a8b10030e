import type { ListenSyncDto } from '@app/contracts';
import type { ListenSyncEntity } from './listen-sync.entity.js';

const iso = (ms: number | null) => (ms ? { value: new Date(ms).toISOString() } : undefined);

export function listenSyncView(state: ListenSyncEntity, running: boolean): ListenSyncDto {
  const syncedTo = state.syncedTo > 0 && state.lastSuccessAt ? iso(state.syncedTo * 1000) : undefined;
  return {
    listenerId: state.listenerId,
    source: state.source,
    ...(syncedTo ? { syncedTo: syncedTo.value } : {}),
    walking: state.walkTop !== null,
    running,
    listensRead: state.listensRead,
    ...(state.lastRunAt ? { lastRunAt: iso(state.lastRunAt)!.value } : {}),
    ...(state.lastSuccessAt ? { lastSuccessAt: iso(state.lastSuccessAt)!.value } : {}),
    ...(state.lastError ? { lastError: state.lastError } : {}),
  };
}
