import { ApiRoutes } from '@app/contracts';

/** `/api/v1/<route>` plus any more path segments, each encoded. */
export function apiUrl(route: string, ...segments: string[]): string {
  return [`/${ApiRoutes.prefix}/${route}`, ...segments.map(encodeURIComponent)].join('/');
}
