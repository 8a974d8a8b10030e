import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type ScheduledTaskDto, type ToolStatusDto, type ToolUpdateDto } from '@app/contracts';
import { Observable, map } from 'rxjs';

import { apiUrl } from './api-url';

/** One log line as `GET /system/logs` returns it; read defensively, the route is newer than this page. */
export interface LogLine {
  at: string;
  level: string;
  message: string;
  context?: string;
  jobId?: string;
}

export interface LogQuery {
  level?: string;
  limit?: number;
  jobId?: string;
}

/** Health of the machine TrueTrack runs on (`/api/v1/system/...`). */
@Injectable({ providedIn: 'root' })
export class SystemApiService {
  private readonly http = inject(HttpClient);

  tools(): Observable<ToolStatusDto[]> {
    return this.http.get<ToolStatusDto[]>(apiUrl(ApiRoutes.systemTools));
  }

  updateYtDlp(): Observable<ToolUpdateDto> {
    return this.http.post<ToolUpdateDto>(apiUrl(ApiRoutes.systemTools, 'yt-dlp', 'update'), {});
  }

  logs(query: LogQuery = {}): Observable<LogLine[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params = params.set(key, String(value));
    return this.http.get<unknown>(apiUrl('system/logs'), { params }).pipe(map(toLogLines));
  }

  /** The Prometheus scrape at `/metrics`, read into samples. */
  metrics(): Observable<MetricSample[]> {
    return this.http.get('/metrics', { responseType: 'text' }).pipe(map(parsePrometheus));
  }

  backups(): Observable<BackupEntry[]> {
    return this.http.get<BackupEntry[]>(apiUrl('system/backups'));
  }

  backUp(): Observable<BackupEntry> {
    return this.http.post<BackupEntry>(apiUrl('system/backups'), {});
  }

  schedules(): Observable<ScheduledTaskDto[]> {
    return this.http.get<ScheduledTaskDto[]>(apiUrl(ApiRoutes.systemSchedules));
  }

  runSchedule(name: string): Observable<ScheduledTaskDto> {
    return this.http.post<ScheduledTaskDto>(apiUrl(ApiRoutes.systemSchedules, name, 'run'), {});
  }
}

/** One SQLite backup file in the data folder. */
export interface BackupEntry {
  name: string;
  size: number;
  createdAt: string;
}

export interface MetricSample {
  name: string;
  labels: string;
  value: number;
}

/** Plain samples of the Prometheus text format; histogram buckets are left out, they do not read as one number. */
export function parsePrometheus(text: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)/.exec(line.trim());
    if (!match || match[1]!.endsWith('_bucket')) continue;
    const value = Number(match[3]);
    if (Number.isFinite(value)) samples.push({ name: match[1]!, labels: match[2] ?? '', value });
  }
  return samples;
}

/** Accepts a bare array or `{records|lines|entries: [...]}`, and the usual names for each field. */
export function toLogLines(body: unknown): LogLine[] {
  const list = Array.isArray(body) ? body : pickArray(body);
  return list.map((raw) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const at = r['at'] ?? r['time'] ?? r['timestamp'];
    return {
      at: typeof at === 'number' ? new Date(at).toISOString() : String(at ?? ''),
      level: String(r['level'] ?? 'log'),
      message: String(r['message'] ?? r['msg'] ?? ''),
      ...(r['context'] ? { context: String(r['context']) } : {}),
      ...(r['jobId'] ? { jobId: String(r['jobId']) } : {}),
    };
  });
}

function pickArray(body: unknown): unknown[] {
  if (!body || typeof body !== 'object') return [];
  const b = body as Record<string, unknown>;
  const list = b['records'] ?? b['lines'] ?? b['entries'] ?? b['logs'];
  return Array.isArray(list) ? list : [];
}
