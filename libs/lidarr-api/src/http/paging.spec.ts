import { pageOf, readPageRequest } from './paging.js';
import { QueryReader } from './query-reader.js';

describe('readPageRequest', () => {
  it("defaults like Lidarr's PagingResource: page 1, 10 per page", () => {
    expect(readPageRequest(new QueryReader({}), 'releaseDate', 'descending')).toEqual({
      page: 1,
      pageSize: 10,
      sortKey: 'releaseDate',
      sortDirection: 'descending',
    });
  });

  it('reads what a client sends', () => {
    const query = new QueryReader({ page: '2', pageSize: '5', sortKey: 'albums.title', sortDirection: 'ascending' });
    expect(readPageRequest(query, 'releaseDate', 'descending')).toEqual({
      page: 2,
      pageSize: 5,
      sortKey: 'albums.title',
      sortDirection: 'ascending',
    });
  });

  it('keeps page and size in bounds', () => {
    const query = new QueryReader({ page: '0', pageSize: '100000', sortDirection: 'default' });
    expect(readPageRequest(query, 'date', 'descending')).toMatchObject({
      page: 1,
      pageSize: 1000,
      sortDirection: 'descending',
    });
  });
});

describe('pageOf', () => {
  it('cuts the page and counts every record', () => {
    const request = { page: 2, pageSize: 2, sortKey: 'id', sortDirection: 'ascending' as const };
    expect(pageOf(request, [1, 2, 3, 4, 5])).toEqual({ ...request, totalRecords: 5, records: [3, 4] });
    expect(pageOf({ ...request, page: 4 }, [1, 2, 3])).toMatchObject({ totalRecords: 3, records: [] });
  });
});
