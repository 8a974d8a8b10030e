import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type DuplicateAction,
  type DuplicateActionDto,
  type DuplicatesDto,
  type WatchRescanDto,
  type WatchStatusDto,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** Watch folders (`/api/v1/system/watch`) and the Duplicates page (`/api/v1/library/duplicates`). */
@Injectable({ providedIn: 'root' })
export class WatchApiService {
  private readonly http = inject(HttpClient);

  status(): Observable<WatchStatusDto> {
    return this.http.get<WatchStatusDto>(apiUrl(ApiRoutes.systemWatch));
  }

  rescan(): Observable<WatchRescanDto> {
    return this.http.post<WatchRescanDto>(apiUrl(ApiRoutes.systemWatchRescan), {});
  }

  duplicates(): Observable<DuplicatesDto> {
    return this.http.get<DuplicatesDto>(apiUrl(ApiRoutes.libraryDuplicates));
  }

  act(action: DuplicateAction, groupKey: string, trackId?: string): Observable<DuplicateActionDto> {
    return this.http.post<DuplicateActionDto>(apiUrl(ApiRoutes.libraryDuplicates, 'actions'), {
      action,
      groupKey,
      ...(trackId && { trackId }),
    });
  }

  undo(id: string): Observable<DuplicateActionDto> {
    return this.http.post<DuplicateActionDto>(apiUrl(ApiRoutes.libraryDuplicates, 'actions', id, 'undo'), {});
  }
}
