import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type LastfmAuthorizationDto,
  type ListenDto,
  type ListenRelayStatusDto,
  type ListenerConnectionDto,
  type ListenerDto,
  type ListenSyncDto,
  type SaveListenerRequest,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Listeners, their tokens, listens and history imports (`/api/v1/listeners`, `/api/v1/listens`). */
@Injectable({ providedIn: 'root' })
export class ListeningApiService {
  private readonly http = inject(HttpClient);

  listeners(): Observable<ListenerDto[]> {
    return this.http.get<ListenerDto[]>(apiUrl(ApiRoutes.listeners));
  }

  create(request: SaveListenerRequest): Observable<ListenerDto> {
    return this.http.post<ListenerDto>(apiUrl(ApiRoutes.listeners), request);
  }

  update(id: string, request: Partial<SaveListenerRequest>): Observable<ListenerDto> {
    return this.http.put<ListenerDto>(apiUrl(ApiRoutes.listeners, id), request);
  }

  regenerateToken(id: string): Observable<ListenerDto> {
    return this.http.post<ListenerDto>(apiUrl(ApiRoutes.listeners, id, 'token'), {});
  }

  /** A ListenBrainz export or a Spotify extended streaming history, sent as it is. */
  importFile(id: string, file: Blob): Observable<{ format: string; listens: number; skipped: number }> {
    return this.http.post<{ format: string; listens: number; skipped: number }>(
      apiUrl(ApiRoutes.listeners, id, 'import-file'),
      file,
      { headers: { 'Content-Type': 'application/json' } },
    );
  }

  connection(id: string): Observable<ListenerConnectionDto> {
    return this.http.get<ListenerConnectionDto>(apiUrl(ApiRoutes.listeners, id, 'connection'));
  }

  recent(listenerId: string, limit = 50): Observable<ListenDto[]> {
    return this.http.get<ListenDto[]>(apiUrl(ApiRoutes.listens, 'recent'), { params: { listenerId, limit } });
  }

  syncs(listenerId: string): Observable<ListenSyncDto[]> {
    return this.http.get<ListenSyncDto[]>(apiUrl(ApiRoutes.listens, 'sync'), { params: { listenerId } });
  }

  ingest(listenerId: string, since?: string): Observable<ListenSyncDto[]> {
    const params: Record<string, string> = since ? { listenerId, since } : { listenerId };
    return this.http.post<ListenSyncDto[]>(apiUrl('ingest', 'listens'), {}, { params });
  }

  /** Starts connecting Last.fm: the page where the person allows TrueTrack to scrobble for them. */
  connectLastfm(id: string): Observable<LastfmAuthorizationDto> {
    return this.http.post<LastfmAuthorizationDto>(apiUrl(ApiRoutes.listeners, id, 'lastfm', 'connect'), {});
  }

  /** Once allowed at Last.fm: the session is stored and listens are relayed. */
  finishLastfm(id: string): Observable<ListenerDto> {
    return this.http.post<ListenerDto>(apiUrl(ApiRoutes.listeners, id, 'lastfm', 'session'), {});
  }

  disconnectLastfm(id: string): Observable<ListenerDto> {
    return this.http.delete<ListenerDto>(apiUrl(ApiRoutes.listeners, id, 'lastfm'));
  }

  relayStatus(listenerId: string): Observable<ListenRelayStatusDto> {
    return this.http.get<ListenRelayStatusDto>(apiUrl(ApiRoutes.listens, 'relay'), { params: { listenerId } });
  }

  /** The listen's cover through the server: the library track's when linked, else its release's from the archive. */
  coverUrl(listen: ListenDto): string | undefined {
    if (listen.trackId) return apiUrl(ApiRoutes.libraryTracks, listen.trackId, 'cover');
    return listen.releaseMbid ? apiUrl(ApiRoutes.listens, listen.id, 'cover') : undefined;
  }
}
