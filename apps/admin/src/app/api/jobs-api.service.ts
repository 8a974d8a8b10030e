import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type JobDto, type Page } from '@app/contracts';
import { Observable } from 'rxjs';

/** The job endpoints of the server API (`/api/v1/jobs`). */
@Injectable({ providedIn: 'root' })
export class JobsApiService {
  private readonly http = inject(HttpClient);
  private readonly base = `/${ApiRoutes.prefix}/${ApiRoutes.jobs}`;

  list(query: { page?: number; pageSize?: number } = {}): Observable<Page<JobDto>> {
    const params: Record<string, number> = {};
    if (query.page !== undefined) params['page'] = query.page;
    if (query.pageSize !== undefined) params['pageSize'] = query.pageSize;
    return this.http.get<Page<JobDto>>(this.base, { params });
  }
}
