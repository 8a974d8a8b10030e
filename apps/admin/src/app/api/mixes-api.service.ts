import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type CreateMixRequest,
  type FixMixLineRequest,
  type MixDto,
  type MixSearchHitDto,
  type MixSplitDto,
  type MixSummaryDto,
  type RequestMissingResponse,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** DJ mixes, their tracklists and search (`/api/v1/mixes`). */
@Injectable({ providedIn: 'root' })
export class MixesApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<MixSummaryDto[]> {
    return this.http.get<MixSummaryDto[]>(apiUrl(ApiRoutes.mixes));
  }

  get(id: string): Observable<MixDto> {
    return this.http.get<MixDto>(apiUrl(ApiRoutes.mixes, id));
  }

  create(body: CreateMixRequest): Observable<MixDto> {
    return this.http.post<MixDto>(apiUrl(ApiRoutes.mixes), body);
  }

  split(id: string): Observable<MixSplitDto> {
    return this.http.post<MixSplitDto>(apiUrl(ApiRoutes.mixes, id, 'split'), {});
  }

  splitStatus(id: string): Observable<MixSplitDto> {
    return this.http.get<MixSplitDto>(apiUrl(ApiRoutes.mixes, id, 'split'));
  }

  fixLine(id: string, lineId: string, fix: FixMixLineRequest): Observable<MixDto> {
    return this.http.put<MixDto>(apiUrl(ApiRoutes.mixes, id, 'lines', lineId), fix);
  }

  requestMissing(id: string): Observable<RequestMissingResponse> {
    return this.http.post<RequestMissingResponse>(apiUrl(ApiRoutes.mixes, id, 'request-missing'), {});
  }

  search(q: string): Observable<MixSearchHitDto[]> {
    return this.http.get<MixSearchHitDto[]>(apiUrl(ApiRoutes.mixes, 'search'), { params: { q } });
  }

  cueUrl(id: string): string {
    return apiUrl(ApiRoutes.mixes, id, 'cue');
  }
}
