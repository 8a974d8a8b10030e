import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { JobStatus } from '@app/contracts';
import { Observable, firstValueFrom } from 'rxjs';

import { JobsApiService } from './jobs-api.service';

describe('JobsApiService', () => {
  let sut: JobsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(JobsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with filters as query parameters, lists joined by commas, empty ones left out', async () => {
    const page = firstValueFrom(
      sut.list({ status: [JobStatus.Running, JobStatus.Waiting], parentId: 'none', q: '', pageSize: 20 }),
    );
    const req = http.expectOne((r) => r.url === '/api/v1/jobs');
    expect(req.request.params.get('status')).toBe('running,waiting');
    expect(req.request.params.get('parentId')).toBe('none');
    expect(req.request.params.get('pageSize')).toBe('20');
    expect(req.request.params.has('q')).toBe(false);
    req.flush({ page: 1, pageSize: 20, totalRecords: 0, records: [] });
    expect((await page).totalRecords).toBe(0);
  });

  it.each([
    ['choose', (s: JobsApiService) => s.choose('a b', 'cand-1'), '/api/v1/jobs/a%20b/input', { choice: 'cand-1' }],
    ['cancel', (s: JobsApiService) => s.cancel('j1'), '/api/v1/jobs/j1/cancel', {}],
    ['retry', (s: JobsApiService) => s.retry('j1'), '/api/v1/jobs/j1/retry', {}],
    ['create', (s: JobsApiService) => s.create({ query: 'x' }), '/api/v1/jobs', { query: 'x' }],
    ['createList', (s: JobsApiService) => s.createList({ text: 'a\nb' }), '/api/v1/lists', { text: 'a\nb' }],
  ] as const)('%s posts to its route', (_name, call, url, body) => {
    (call(sut) as Observable<unknown>).subscribe();
    const req = http.expectOne(url);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(body);
    req.flush({});
  });
});
