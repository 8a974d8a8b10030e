import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type CreateJobRequest,
  type CreateListRequest,
  type CreateListResponse,
  type JobDto,
  type JobEventDto,
  type ListJobsQuery,
  type Page,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

/** The job endpoints of the server API (`/api/v1/jobs`, `/api/v1/lists`). */
@Injectable({ providedIn: 'root' })
export class JobsApiService {
  private readonly http = inject(HttpClient);

  list(query: ListJobsQuery = {}): Observable<Page<JobDto>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === '') continue;
      params = params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    return this.http.get<Page<JobDto>>(apiUrl(ApiRoutes.jobs), { params });
  }

  get(id: string): Observable<JobDto> {
    return this.http.get<JobDto>(apiUrl(ApiRoutes.jobs, id));
  }

  history(id: string): Observable<JobEventDto[]> {
    return this.http.get<JobEventDto[]>(apiUrl(ApiRoutes.jobs, id, 'history'));
  }

  create(request: CreateJobRequest): Observable<JobDto> {
    return this.http.post<JobDto>(apiUrl(ApiRoutes.jobs), request);
  }

  createList(request: CreateListRequest): Observable<CreateListResponse> {
    return this.http.post<CreateListResponse>(apiUrl(ApiRoutes.lists), request);
  }

  choose(id: string, choice: number | string): Observable<JobDto> {
    return this.http.post<JobDto>(apiUrl(ApiRoutes.jobs, id, 'input'), { choice });
  }

  cancel(id: string): Observable<JobDto> {
    return this.http.post<JobDto>(apiUrl(ApiRoutes.jobs, id, 'cancel'), {});
  }

  retry(id: string): Observable<JobDto> {
    return this.http.post<JobDto>(apiUrl(ApiRoutes.jobs, id, 'retry'), {});
  }
}
