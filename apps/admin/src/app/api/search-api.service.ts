import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type JobDto,
  type SearchHistoryEntryDto,
  type SearchPreferences,
  type SearchRequest,
  type SearchResponseDto,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Requests in plain words, picks, and the signed-in person's history and preferences (`/api/v1/search`). */
@Injectable({ providedIn: 'root' })
export class SearchApiService {
  private readonly http = inject(HttpClient);

  search(request: SearchRequest): Observable<SearchResponseDto> {
    return this.http.post<SearchResponseDto>(apiUrl(ApiRoutes.search), request);
  }

  pick(searchId: string, resultId: string): Observable<JobDto> {
    return this.http.post<JobDto>(apiUrl(ApiRoutes.search, 'pick'), { searchId, resultId });
  }

  history(): Observable<SearchHistoryEntryDto[]> {
    return this.http.get<SearchHistoryEntryDto[]>(apiUrl(ApiRoutes.search, 'history'));
  }

  clearHistory(): Observable<{ removed: number }> {
    return this.http.delete<{ removed: number }>(apiUrl(ApiRoutes.search, 'history'));
  }

  preferences(): Observable<SearchPreferences> {
    return this.http.get<SearchPreferences>(apiUrl(ApiRoutes.search, 'preferences'));
  }

  /** A key set to null is forgotten; one left out is kept. */
  updatePreferences(changes: {
    [K in keyof SearchPreferences]?: SearchPreferences[K] | null;
  }): Observable<SearchPreferences> {
    return this.http.put<SearchPreferences>(apiUrl(ApiRoutes.search, 'preferences'), changes);
  }
}
