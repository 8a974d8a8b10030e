import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type DashboardAxis,
  type DashboardOverviewDto,
  type MixtapeDto,
  type MoodsDto,
  type OutliersDto,
  type RadarDto,
  type TrajectoryDto,
} from '@app/contracts';
import { Observable } from 'rxjs';

import { apiUrl } from './api-url';

type Query = Record<string, string | number | undefined>;

const params = (query: Query) =>
  new HttpParams({
    fromObject: Object.fromEntries(
      Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== ''),
    ),
  });

/** The taste dashboard (`/api/v1/dashboard`, `/api/v1/labels`). */
@Injectable({ providedIn: 'root' })
export class DashboardApiService {
  private readonly http = inject(HttpClient);

  overview(query: Query): Observable<DashboardOverviewDto> {
    return this.http.get<DashboardOverviewDto>(apiUrl(ApiRoutes.dashboard, 'overview'), { params: params(query) });
  }

  trajectory(query: Query): Observable<TrajectoryDto> {
    return this.http.get<TrajectoryDto>(apiUrl(ApiRoutes.dashboard, 'trajectory'), { params: params(query) });
  }

  moods(query: Query): Observable<MoodsDto> {
    return this.http.get<MoodsDto>(apiUrl(ApiRoutes.dashboard, 'moods'), { params: params(query) });
  }

  radar(query: Query): Observable<RadarDto> {
    return this.http.get<RadarDto>(apiUrl(ApiRoutes.dashboard, 'radar'), { params: params(query) });
  }

  outliers(query: Query): Observable<OutliersDto> {
    return this.http.get<OutliersDto>(apiUrl(ApiRoutes.dashboard, 'outliers'), { params: params(query) });
  }

  mixtape(query: Query): Observable<MixtapeDto> {
    return this.http.get<MixtapeDto>(apiUrl(ApiRoutes.dashboard, 'mixtape'), { params: params(query) });
  }

  /** The link that downloads the mixtape in a format. */
  exportUrl(query: Query, format: 'm3u8' | 'jspf'): string {
    return `${apiUrl(ApiRoutes.dashboard, 'mixtape', 'export')}?${params({ ...query, format }).toString()}`;
  }

  saveLabel(listenerId: string | undefined, axis: DashboardAxis, label: string): Observable<unknown> {
    return this.http.post(apiUrl(ApiRoutes.labels), { ...(listenerId && { listenerId }), axis, label });
  }
}
