import { QueryReader } from './query-reader.js';
import { SORT_DIRECTIONS, type SortDirection, parseEnum } from './parse-enum.js';

/** Lidarr's PagingResource. */
export interface PagingResource<T> {
  page: number;
  pageSize: number;
  sortKey: string;
  sortDirection: SortDirection;
  totalRecords: number;
  records: T[];
}

export interface PageRequest {
  page: number;
  pageSize: number;
  sortKey: string;
  sortDirection: SortDirection;
}

const MAX_PAGE_SIZE = 1000;

/** `page` (default 1), `pageSize` (default 10), `sortKey` and `sortDirection`, read like Lidarr reads them. */
export function readPageRequest(
  query: QueryReader,
  defaultSortKey: string,
  defaultDirection: SortDirection,
): PageRequest {
  const page = Math.max(query.int('page') ?? 1, 1);
  const pageSize = Math.min(Math.max(query.int('pageSize') ?? 10, 1), MAX_PAGE_SIZE);
  const direction = parseEnum(query.string('sortDirection') ?? 'default', SORT_DIRECTIONS) ?? 'default';
  return {
    page,
    pageSize,
    sortKey: query.string('sortKey') ?? defaultSortKey,
    sortDirection: direction === 'default' ? defaultDirection : direction,
  };
}

/** One page of records that are all in memory. */
export function pageOf<T>(request: PageRequest, records: readonly T[]): PagingResource<T> {
  const start = (request.page - 1) * request.pageSize;
  return { ...request, totalRecords: records.length, records: records.slice(start, start + request.pageSize) };
}
