import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** A Torznab indexer (Jackett, Prowlarr) as the server shows it: the API key masked. */
export interface TorrentIndexer {
  id: string;
  name: string;
  url: string;
  apiKey: string;
  categories: number[];
  priority: number;
  enabled: boolean;
}

/** A download client as the server shows it: the password masked. */
export interface TorrentClient {
  id: string;
  kind: 'qbittorrent' | 'transmission';
  url: string;
  username: string;
  password: string;
  category: string;
  seedRatio: number | null;
  seedMinutes: number | null;
  enabled: boolean;
}

export interface TorrentTestResult {
  ok: boolean;
  message: string;
}

export type TorrentSourceKind = 'indexers' | 'clients';

/** Torrent sources (`/api/v1/torrents/indexers` and `/api/v1/torrents/clients`). */
@Injectable({ providedIn: 'root' })
export class TorrentsApiService {
  private readonly http = inject(HttpClient);

  indexers(): Observable<TorrentIndexer[]> {
    return this.http.get<TorrentIndexer[]>(apiUrl('torrents/indexers'));
  }

  clients(): Observable<TorrentClient[]> {
    return this.http.get<TorrentClient[]>(apiUrl('torrents/clients'));
  }

  save(kind: TorrentSourceKind, body: object, id?: string): Observable<unknown> {
    return id ? this.http.put(apiUrl(`torrents/${kind}`, id), body) : this.http.post(apiUrl(`torrents/${kind}`), body);
  }

  remove(kind: TorrentSourceKind, id: string): Observable<unknown> {
    return this.http.delete(apiUrl(`torrents/${kind}`, id));
  }

  test(kind: TorrentSourceKind, id: string): Observable<TorrentTestResult> {
    return this.http.post<TorrentTestResult>(apiUrl(`torrents/${kind}`, id, 'test'), {});
  }
}
