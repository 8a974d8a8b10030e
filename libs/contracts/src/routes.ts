/** Route paths shared by the server and the admin UI. */
export const ApiRoutes = {
  prefix: 'api/v1',
  jobs: 'jobs',
  events: 'events',
  parse: 'parse',
  resolve: 'resolve',
  providers: 'providers',
  systemTools: 'system/tools',
  ping: 'ping',
  docs: 'api/docs',
} as const;

/** Header that makes `POST /jobs` safe to repeat. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** Shape of every 4xx/5xx body of the job API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: { field: string; message: string }[];
}

/** One external program as `GET /api/v1/system/tools` reports it. */
export interface ToolStatusDto {
  name: string;
  path: string;
  ok: boolean;
  version: string | null;
  problem?: string;
}
